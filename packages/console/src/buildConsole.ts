import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const consoleRoot = fileURLToPath(new URL('../', import.meta.url));
export const consoleDist = join(consoleRoot, 'dist');

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestMtime(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

/** Whether dist/ is missing or older than any source of the console (app/, the Vite config, the lock file). */
export async function isConsoleBuildStale(): Promise<boolean> {
  const built = await stat(join(consoleDist, 'index.html')).then((s) => s.mtimeMs, () => undefined);
  if (built === undefined) return true;
  const sources = Math.max(
    await newestMtime(join(consoleRoot, 'app')),
    (await stat(join(consoleRoot, 'vite.config.ts'))).mtimeMs,
    (await stat(join(consoleRoot, 'package.json'))).mtimeMs,
  );
  return sources > built;
}

/** Builds the console with Vite into dist/ (what the local runtime serves at /console). */
export async function buildConsole(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(consoleRoot, 'vite.config.ts'), logLevel: 'warn' });
}

/** Builds only when stale: `npm start` and the browser tests call this. */
export async function ensureConsoleBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!(await isConsoleBuildStale())) return false;
  log('console: building packages/console (vite build)...');
  await buildConsole();
  return true;
}
