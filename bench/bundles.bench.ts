/**
 * Bundle size of every Lambda handler module, bundled as the stacks deploy it (SST's esbuild, ESM,
 * minified, node22, the AWS SDK left to the runtime), next to a bare middy + Powertools + zod
 * handler bundled the same way: the ratio shows what each handler carries beyond the stack itself.
 */
import { fileURLToPath } from 'node:url';
import { bundleHandler } from '../packages/functions/src/app/bundleHandler';
import { handlerModules } from '../packages/functions/src/app/handlerModules';
import type { Bench, Figure } from './bench';

const src = fileURLToPath(new URL('../packages/functions/src/', import.meta.url));
const bare = fileURLToPath(new URL('./fixtures/bareHandler.ts', import.meta.url));

const bench: Bench = {
  title: 'Handler bundle sizes',
  async run(): Promise<Figure[]> {
    const baseline = (await bundleHandler(bare)).bytes;
    const figures: Figure[] = [{ key: 'bundles.bareHandler.bytes', value: baseline, unit: 'bytes', description: 'bare middy + Powertools + zod handler, minified ESM' }];
    let largestRatio = 0;
    for (const { module, kind } of handlerModules()) {
      const { bytes } = await bundleHandler(`${src}${module}.ts`);
      largestRatio = Math.max(largestRatio, bytes / baseline);
      figures.push({ key: `bundles.${module}.bytes`, value: bytes, unit: 'bytes', description: `${kind} handler; ${(bytes / baseline).toFixed(2)}× the bare handler` });
    }
    figures.push({ key: 'bundles.largestRatioToBare', value: Number(largestRatio.toFixed(2)), unit: 'ratio', description: 'the largest handler bundle over the bare handler' });
    return figures;
  },
};
export default bench;
