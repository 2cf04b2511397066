import { describe, expect, it } from 'vitest';
import type { SentStaffMessage, StaffOutbox } from '@forkcast/core';
import { build } from './notifyStaff';

/** An outbox that keeps the first message per key, as the local and (future) SES adapters must. */
function memoryOutbox(): StaffOutbox & { sent: Map<string, SentStaffMessage> } {
  const sent = new Map<string, SentStaffMessage>();
  return {
    sent,
    async send(message, key) {
      if (!sent.has(key)) sent.set(key, { id: key, to: 'staff', ...message, createdAt: new Date().toISOString() });
      return sent.get(key)!;
    },
  };
}

const completed = { importId: '01JH0000000000000000000001', filename: 'pune.csv', status: 'completed', summary: 'imported 2, updated 0, unchanged 0, rejected 1' };

describe('Notify staff', () => {
  it('sends one message per idempotency key, however often the Task is retried', async () => {
    const outbox = memoryOutbox();
    const notify = build({ staffOutbox: outbox });
    const event = { import: completed, idempotencyKey: 'import-01JH' };
    expect(await notify(event)).toEqual({ messageId: 'import-01JH' });
    await notify({ ...event, import: { ...completed, summary: 'changed' } });
    expect([...outbox.sent.keys()]).toEqual(['import-01JH']);
    expect(outbox.sent.get('import-01JH')!.subject).toBe('Import finished: pune.csv');
    expect(outbox.sent.get('import-01JH')!.text).toContain('imported 2, updated 0, unchanged 0, rejected 1');
  });

  it('says when an import failed or was given up on', async () => {
    const outbox = memoryOutbox();
    const notify = build({ staffOutbox: outbox });
    await notify({ import: { ...completed, status: 'failed', error: 'not a Zomato export' }, idempotencyKey: 'a' });
    await notify({ import: { ...completed, status: 'awaiting-upload' }, gaveUp: true, idempotencyKey: 'b' });
    expect(outbox.sent.get('a')!.text).toContain('failed: not a Zomato export');
    expect(outbox.sent.get('b')!.subject).toBe('Import stuck: pune.csv');
    expect(outbox.sent.get('b')!.text).toContain('was never uploaded when the follow-up stopped waiting');
  });

  it('refuses input that is not a follow-up outcome, and fails where no outbox exists (AWS for now)', async () => {
    await expect(build({ staffOutbox: memoryOutbox() })({ gaveUp: true })).rejects.toThrow();
    const { awsStaffOutbox } = await import('../app/aws/awsStaffOutbox');
    await expect(build({ staffOutbox: awsStaffOutbox() })({ import: completed, idempotencyKey: 'c' })).rejects.toThrow(/not available on AWS/);
  });
});
