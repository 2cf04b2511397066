import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SentStaffMessage, StaffMessage, StaffOutbox } from '@forkcast/core';

/**
 * The local staff outbox: each message is a JSON file in `dir` named after its idempotency key,
 * created exclusively so a retried workflow step never sends twice.
 */
export function fileStaffOutbox(dir: string, now: () => Date = () => new Date()): StaffOutbox {
  return {
    async send(message: StaffMessage, idempotencyKey: string): Promise<SentStaffMessage> {
      if (!/^[A-Za-z0-9._-]{1,80}$/.test(idempotencyKey)) throw new Error(`unusable idempotency key ${JSON.stringify(idempotencyKey)}`);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${idempotencyKey}.json`);
      const stored: SentStaffMessage = { id: idempotencyKey, to: 'staff', ...message, createdAt: now().toISOString() };
      try {
        await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { flag: 'wx' });
        return stored;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return JSON.parse(await readFile(path, 'utf8')) as SentStaffMessage;
      }
    },
  };
}
