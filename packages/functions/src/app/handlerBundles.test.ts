import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleHandler } from './bundleHandler';
import { handlerModules } from './handlerModules';

const src = fileURLToPath(new URL('../', import.meta.url));
const modules = handlerModules();
const handlerFiles = new Set(modules.map((m) => `packages/functions/src/${m.module}.ts`));
/** esbuild's metafile names inputs relative to the working directory (the repository root). */
const inputsOf = (metafile: { inputs: Record<string, unknown> }) => Object.keys(metafile.inputs).map((p) => p.replace(/^(\.\.\/)+/, ''));
/** The handler modules in a bundle other than its own entry. */
const otherHandlers = (metafile: { inputs: Record<string, unknown> }, own: string) =>
  inputsOf(metafile).filter((input) => handlerFiles.has(input) && input !== `packages/functions/src/${own}.ts`);

describe('handler bundles', () => {
  it('has a module for every row of the tables', () => {
    expect(modules.length).toBeGreaterThan(5);
    for (const { module } of modules) expect(existsSync(`${src}${module}.ts`), module).toBe(true);
  });

  it.each(modules.map((m) => m.module))('bundles %s without any other handler module in it', async (module) => {
    const { metafile } = await bundleHandler(`${src}${module}.ts`);
    const inputs = inputsOf(metafile);
    expect(inputs).toContain(`packages/functions/src/${module}.ts`);
    expect(otherHandlers(metafile, module), `${module} pulls in other handlers`).toEqual([]);
    // `import { z } from 'zod'` materialises zod's whole namespace, every locale included (about
    // 260 KB); `import * as z` lets esbuild keep only what is used.
    const shipped = Object.entries(Object.values(metafile.outputs)[0]!.inputs).filter(([, o]) => o.bytesInOutput > 0).map(([i]) => i);
    expect(shipped.filter((i) => /zod\/v4\/locales\/(?!en\.)/.test(i)), 'zod locales in the bundle').toEqual([]);
    // One copy of zod: workspaces that resolve their own would double it.
    expect(new Set(shipped.filter((i) => i.includes('/zod/')).map((i) => i.slice(0, i.indexOf('/zod/')))).size).toBeLessThanOrEqual(1);
    // Nothing of the local runtime (loaders, dynalite) in a Lambda.
    expect(inputs.filter((i) => i.startsWith('packages/local/') || i.includes('node_modules/dynalite/'))).toEqual([]);
  });

  it('would notice a handler that imports another one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'forkcast-bundle-'));
    try {
      const entry = join(dir, 'both.ts');
      await writeFile(entry, `export { handler } from '${src}restaurants/getRestaurant';\nexport { handler as other } from '${src}restaurants/listRestaurant';\n`);
      const { metafile } = await bundleHandler(entry);
      expect(otherHandlers(metafile, 'restaurants/getRestaurant')).toEqual(['packages/functions/src/restaurants/listRestaurant.ts']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
