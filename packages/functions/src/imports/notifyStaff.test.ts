import { describe, expect, it } from 'vitest';
import { memoryMailer } from '../testing/testDependencies';
import { build } from './notifyStaff';

const completed = { importId: '01JH0000000000000000000001', filename: 'pune.csv', status: 'completed', summary: 'imported 2, updated 0, unchanged 0, rejected 1' };
const settings = { staffEmail: 'staff@forkcast.test' };

describe('Notify staff', () => {
  it('sends one message to staff per idempotency key, however often the Task is retried', async () => {
    const mailer = memoryMailer();
    const notify = build({ mailer, settings });
    const event = { import: completed, idempotencyKey: 'import-01JH' };
    expect(await notify(event)).toEqual({ messageId: 'import-01JH' });
    await notify({ ...event, import: { ...completed, summary: 'changed' } });
    expect([...mailer.sent.keys()]).toEqual(['import-01JH']);
    const sent = mailer.sent.get('import-01JH')!;
    expect(sent).toMatchObject({ to: 'staff@forkcast.test', subject: 'Import finished: pune.csv' });
    expect(sent.text).toContain('imported 2, updated 0, unchanged 0, rejected 1');
    expect(sent.html).toContain('&quot;pune.csv&quot;');
  });

  it('says when an import failed or was given up on', async () => {
    const mailer = memoryMailer();
    const notify = build({ mailer, settings });
    await notify({ import: { ...completed, status: 'failed', error: 'not a Zomato export' }, idempotencyKey: 'a' });
    await notify({ import: { ...completed, status: 'awaiting-upload' }, gaveUp: true, idempotencyKey: 'b' });
    expect(mailer.sent.get('a')!.text).toContain('failed: not a Zomato export');
    expect(mailer.sent.get('b')!.subject).toBe('Import stuck: pune.csv');
    expect(mailer.sent.get('b')!.text).toContain('was never uploaded when the follow-up stopped waiting');
  });

  it('refuses input that is not a follow-up outcome', async () => {
    await expect(build({ mailer: memoryMailer(), settings })({ gaveUp: true })).rejects.toThrow();
  });
});
