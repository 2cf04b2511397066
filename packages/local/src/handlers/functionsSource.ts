import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * packages/functions/src as a file URL, found through the package's own entry rather than a path
 * relative to this file, so the local runtime works wherever the workspace is installed.
 */
export function functionsSourceUrl(): URL {
  const manifest = createRequire(import.meta.url).resolve('@forkcast/functions/package.json');
  return pathToFileURL(join(dirname(manifest), 'src') + '/');
}
