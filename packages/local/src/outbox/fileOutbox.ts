import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmailMessage, Mailer, SentEmail } from '@forkcast/core';

/** A send key as a file name: readable, and distinct keys stay distinct (the digest of the original is kept). */
function fileNameOf(key: string): string {
  const readable = key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
  return readable === key ? `${key}.json` : `${readable}~${Buffer.from(key).toString('base64url').slice(-16)}.json`;
}

/**
 * The local outbox: every email the runtime sends is a JSON file in `dir`, created exclusively
 * under its send key, so a retried workflow step sends once (the first message wins).
 */
export function fileOutbox(dir: string, now: () => Date = () => new Date()): Mailer {
  return {
    async send(message: EmailMessage, idempotencyKey: string): Promise<SentEmail> {
      if (idempotencyKey.length === 0 || idempotencyKey.length > 512) throw new Error('a send key must have 1 to 512 characters');
      await mkdir(dir, { recursive: true });
      const path = join(dir, fileNameOf(idempotencyKey));
      const stored: SentEmail = { ...message, id: idempotencyKey, sentAt: now().toISOString() };
      try {
        await writeFile(path, `${JSON.stringify(stored, null, 2)}\n`, { flag: 'wx' });
        return stored;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        return JSON.parse(await readFile(path, 'utf8')) as SentEmail;
      }
    },
  };
}

/** The outbox's messages, oldest first, optionally only those to one address (case-insensitive). */
export async function readOutbox(dir: string, filter: { to?: string } = {}): Promise<SentEmail[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const messages: SentEmail[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) messages.push(JSON.parse(await readFile(join(dir, name), 'utf8')) as SentEmail);
  const to = filter.to?.toLowerCase();
  return messages.filter((m) => !to || m.to.toLowerCase() === to).sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.id.localeCompare(b.id));
}
