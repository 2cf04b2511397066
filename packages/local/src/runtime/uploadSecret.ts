import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './writeFileAtomic';

/** A random secret kept at `path` (the upload credentials' secret, the link signing secret), created once per data dir. */
export async function loadOrCreateUploadSecret(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await writeFileAtomic(path, randomBytes(32).toString('hex'), 0o600);
  return (await readFile(path, 'utf8')).trim();
}
