import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StaffMessage } from './importFollowUpMessage';

export interface OutboxMessage extends StaffMessage {
  id: string;
  to: 'staff';
  createdAt: string;
}

/**
 * Messages to staff. Locally (FORKCAST_OUTBOX_DIR) each is a JSON file named after its idempotency
 * key, created exclusively so a retried Task never sends twice. There is no AWS adapter (SES) yet:
 * without the directory the send fails, and the workflow records why.
 */
export async function sendToStaff(message: StaffMessage, idempotencyKey: string, now = new Date()): Promise<OutboxMessage> {
  const dir = process.env.FORKCAST_OUTBOX_DIR;
  if (!dir) throw new Error('no staff outbox is configured (FORKCAST_OUTBOX_DIR); email delivery is not built yet');
  if (!/^[A-Za-z0-9._-]{1,80}$/.test(idempotencyKey)) throw new Error(`unusable idempotency key ${JSON.stringify(idempotencyKey)}`);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${idempotencyKey}.json`);
  const stored: OutboxMessage = { id: idempotencyKey, to: 'staff', ...message, createdAt: now.toISOString() };
  try {
    await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { flag: 'wx' });
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(path, 'utf8')) as OutboxMessage;
  }
}
