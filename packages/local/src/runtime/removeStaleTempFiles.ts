import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isProcessAlive } from './isProcessAlive';

/** `<target>.<pid>.<ms>.tmp` (writeFileAtomic) and `<target>.<pid>.tmp` (dead-letter rewrites). */
const tempName = /\.(\d+)(?:\.\d+)?\.tmp$/;

/**
 * Removes the temp files a killed writer left in the data dir. Run while holding the runtime
 * lock, before anything of this process writes: a temp file of a live other process (the CLI)
 * is kept unless it is older than `maxAgeMs`.
 */
export async function removeStaleTempFiles(dir: string, options: { skip?: readonly string[]; maxAgeMs?: number; now?: number } = {}): Promise<string[]> {
  const skip = new Set(options.skip ?? []);
  const maxAgeMs = options.maxAgeMs ?? 600_000;
  const now = options.now ?? Date.now();
  const removed: string[] = [];
  const walk = async (at: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (depth < 3 && !skip.has(path)) await walk(path, depth + 1);
        continue;
      }
      const match = tempName.exec(entry.name);
      if (!match || !entry.isFile()) continue;
      const pid = Number(match[1]);
      const old = await stat(path).then((s) => now - s.mtimeMs > maxAgeMs, () => false);
      if (pid === process.pid || !isProcessAlive(pid) || old) {
        await rm(path, { force: true });
        removed.push(path);
      }
    }
  };
  await walk(dir, 0);
  return removed;
}
