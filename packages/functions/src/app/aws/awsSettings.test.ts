import { describe, expect, it } from 'vitest';
import { awsSettings } from './awsSettings';

describe('awsSettings', () => {
  it('builds without STAFF_EMAIL (handlers that never mail staff), and says so when one reads it', () => {
    const settings = awsSettings({ SPECIALS_STALE_AFTER_DAYS: '21' });
    expect(settings.specialsStaleAfterDays).toBe(21);
    expect(() => settings.staffEmail).toThrow(/STAFF_EMAIL is not set/);
  });

  it('gives the staff address the stack passes (rows that need mail:send)', () => {
    expect(awsSettings({ STAFF_EMAIL: 'staff@forkcast.app' }).staffEmail).toBe('staff@forkcast.app');
  });
});
