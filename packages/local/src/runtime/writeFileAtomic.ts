import { mkdir, open, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Temp files are `<target>.<pid>.<ms>.tmp`: removeStaleTempFiles recognises them by that name. */
export const tempFileSuffix = /\.(\d+)\.(\d+)\.tmp$/;

/**
 * Write to a temp file, flush it to disk and rename it over the target, so a crash (or a power
 * cut) leaves the old or the new content, never half or an empty file.
 */
export async function writeFileAtomic(path: string, content: string, mode?: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}
