/**
 * Each deployed function's bundle size and cold init time, next to a minimal middy + Powertools
 * handler bundled the same way. Bundled with the esbuild SST v2 uses (root devDependency 0.18.13)
 * and the options SST applies for an ESM function, plus the stacks' overrides (sst.config.ts):
 * minified, target node22, @aws-sdk/* external (the Node 22 runtime provides it). Cold init is
 * `import()` of the bundle in a fresh Node process (median of several), measured from inside it,
 * so process start-up is not counted. The SST-default figures bundle the SDK in, as SST v2 does
 * for nodejs22.x when not told otherwise.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { handlerModules } from '../stacks/handlerModules';
import type { Bench, Figure } from './bench';
import { median } from './throughput';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Under the repo, so the external @aws-sdk/* resolves from node_modules as it does from the runtime's.
const out = path.join(root, '.build', 'bench-bundles');
const initRuns = 5;

/** SST v2's options for an ESM function (sst/runtime/handlers/node.js) with the stacks' overrides. */
function sstOptions(entry: string, outfile: string, sdkExternal: boolean): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    keepNames: true,
    minify: true,
    logLevel: 'silent',
    external: sdkExternal ? ['@aws-sdk/*'] : [],
    banner: {
      js: [
        "import { createRequire as topLevelCreateRequire } from 'module';",
        'const require = topLevelCreateRequire(import.meta.url);',
        'import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"',
        'const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))',
      ].join('\n'),
    },
  };
}

async function bundle(entry: string, name: string, sdkExternal: boolean): Promise<string> {
  const outfile = path.join(out, sdkExternal ? 'external' : 'bundled', `${name}.mjs`);
  await build(sstOptions(entry, outfile, sdkExternal));
  return outfile;
}

function initMs(file: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const runs = Array.from({ length: initRuns }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return median(runs);
}


const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

const bench: Bench = {
  title: 'Lambda bundles: size and cold init per handler module, against a minimal middy + Powertools handler',
  async run(): Promise<Figure[]> {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const figures: Figure[] = [];
    const baselineFile = await bundle(path.join(root, 'bench/fixtures/minimalHandler.ts'), 'baseline', true);
    const baselineKb = statSync(baselineFile).size / 1024;
    const baselineInit = initMs(baselineFile);
    figures.push(
      { key: 'bundles.baseline.kb', value: round(baselineKb), unit: 'KiB', description: 'minimal middy + Powertools Logger handler, bundled as the stacks bundle' },
      { key: 'bundles.baseline.initMs', value: round(baselineInit), unit: 'ms', description: `its cold init: import() in a fresh Node ${process.version} process, median of ${initRuns}` },
    );
    // Issue 7's baseline: the same stack with zod, which every handler of ours validates with.
    const bareZodKb = statSync(await bundle(path.join(root, 'bench/fixtures/bareHandler.ts'), 'bare-zod', true)).size / 1024;
    figures.push({ key: 'bundles.bareZod.kb', value: round(bareZodKb), unit: 'KiB', description: 'bare middy + Powertools + zod handler, bundled the same way' });
    const sizes: number[] = [];
    const inits: number[] = [];
    const sdkBundledSizes: number[] = [];
    for (const module of handlerModules()) {
      const name = module.replace(/\//g, '.');
      const file = await bundle(path.join(root, 'packages/functions/src', `${module}.ts`), name, true);
      const kb = statSync(file).size / 1024;
      const init = initMs(file);
      sizes.push(kb);
      inits.push(init);
      sdkBundledSizes.push(statSync(await bundle(path.join(root, 'packages/functions/src', `${module}.ts`), name, false)).size / 1024);
      figures.push(
        { key: `bundles.${name}.kb`, value: round(kb), unit: 'KiB', description: `${module}: minified ESM bundle, @aws-sdk/* external` },
        { key: `bundles.${name}.initMs`, value: round(init), unit: 'ms', description: `${module}: cold init (import in a fresh process), median of ${initRuns}` },
      );
    }
    figures.push(
      { key: 'bundles.largestKb', value: round(Math.max(...sizes)), unit: 'KiB', description: 'largest handler bundle' },
      { key: 'bundles.largestSizeToBareZodRatio', value: round(Math.max(...sizes) / bareZodKb, 2), unit: 'x', description: 'largest handler bundle / the bare middy + Powertools + zod handler, same run' },
      { key: 'bundles.medianSizeToBaselineRatio', value: round(median(sizes) / baselineKb, 2), unit: 'x', description: 'median handler bundle size / baseline bundle size, same run' },
      { key: 'bundles.medianInitToBaselineRatio', value: round(median(inits) / baselineInit, 2), unit: 'x', description: 'median handler cold init / baseline cold init, same run' },
      { key: 'bundles.sstDefaultMedianKb', value: round(median(sdkBundledSizes)), unit: 'KiB', description: "median handler bundle with SST v2's default for nodejs22.x (AWS SDK bundled in)" },
    );
    return figures;
  },
};
export default bench;
