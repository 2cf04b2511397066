import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handler } from './notifyStaff';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-outbox-'));
  process.env.FORKCAST_OUTBOX_DIR = dir;
});
afterEach(async () => {
  delete process.env.FORKCAST_OUTBOX_DIR;
  await rm(dir, { recursive: true, force: true });
});

const completed = { importId: '01JH0000000000000000000001', filename: 'pune.csv', status: 'completed', summary: 'imported 2, updated 0, unchanged 0, rejected 1', createdAt: 'x', updatedAt: 'y' };

describe('Notify staff', () => {
  it('writes one message per idempotency key, however often the Task is retried', async () => {
    const event = { import: completed, checks: 3, idempotencyKey: 'import-01JH' };
    expect(await handler(event)).toEqual({ messageId: 'import-01JH' });
    await handler({ ...event, import: { ...completed, summary: 'changed' } });
    expect(await readdir(dir)).toEqual(['import-01JH.json']);
    const message = JSON.parse(await readFile(join(dir, 'import-01JH.json'), 'utf8')) as { subject: string; text: string };
    expect(message.subject).toBe('Import finished: pune.csv');
    expect(message.text).toContain('imported 2, updated 0, unchanged 0, rejected 1');
  });

  it('says when an import failed or was given up on', async () => {
    await handler({ import: { ...completed, status: 'failed', error: 'not a Zomato export' }, checks: 1, idempotencyKey: 'a' });
    await handler({ import: { ...completed, status: 'awaiting-upload' }, checks: 60, idempotencyKey: 'b' });
    const read = async (id: string) => JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as { subject: string; text: string };
    expect((await read('a')).text).toContain('failed: not a Zomato export');
    expect((await read('b')).subject).toBe('Import stuck: pune.csv');
    expect((await read('b')).text).toContain('was never uploaded after 60 checks');
  });

  it('fails, rather than pretending to send, when there is no outbox', async () => {
    delete process.env.FORKCAST_OUTBOX_DIR;
    await expect(handler({ import: completed, checks: 1, idempotencyKey: 'c' })).rejects.toThrow(/no staff outbox/);
    await expect(handler({ checks: 1 })).rejects.toThrow();
  });
});
