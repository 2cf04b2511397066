import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place in packages/local/src/runtime. */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Where the local runtime keeps its state: FORKCAST_DATA_DIR when set (relative to the current
 * directory), else `.forkcast/` in the repository, so every command of one checkout shares it
 * whatever directory it runs from.
 */
export function resolveDataDir(explicit?: string): string {
  const chosen = explicit ?? process.env.FORKCAST_DATA_DIR;
  return chosen ? resolve(chosen) : resolve(repoRoot, '.forkcast');
}
