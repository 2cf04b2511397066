/**
 * `npm run -s synth [-- --stage STAGE]`: synthesizes every stack of sst.config.ts in this process,
 * with no AWS access (testing/synth.ts), writes the CloudFormation templates under cdk.out/, and
 * prints as its last line `{"stacks": {"<name>": <resources>, ...}, "nagErrors": <unsuppressed>}`.
 * The stage defaults to production, the one with every stack (Monitoring included).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// SST's App.finish() skips the bootstrap-stack lookup (an AWS call) only under NODE_ENV=test.
process.env.NODE_ENV = 'test';
const { synthApp } = await import('./testing/synth');

const args = process.argv.slice(2);
const stageAt = args.indexOf('--stage');
const stage = stageAt >= 0 ? args[stageAt + 1] : 'production';
if (!stage) throw new Error('usage: npm run -s synth -- [--stage STAGE]');

const outdir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'cdk.out');
rmSync(outdir, { recursive: true, force: true });
const synthesized = await synthApp(stage, { outdir });
const stacks: Record<string, number> = {};
let nagErrors = 0;
for (const name of synthesized.stackNames) {
  const template = synthesized.templateOf(name) as { Resources?: Record<string, unknown> };
  stacks[name] = Object.keys(template.Resources ?? {}).length;
  const errors = synthesized.nagErrorsOf(name);
  for (const e of errors) console.error(`${name}: ${e}`);
  nagErrors += errors.length;
}
console.log(JSON.stringify({ stacks, nagErrors }));
