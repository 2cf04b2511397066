import { rmSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Aspects, Stack as CdkStack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { App, type Stack } from 'sst/constructs';
import type { StackFunction } from '../stackFunction';
import { initProject, useProject } from 'sst/project.js';
import config from '../../sst.config';

export type { StackFunction } from '../stackFunction';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SynthesizedApp {
  app: App;
  /** Every stack's name with its template, in the order the app holds them. */
  stackNames: string[];
  templateOf(stackName: string): object;
  /** Unsuppressed cdk-nag AwsSolutions errors of a stack, by its name. */
  nagErrorsOf(stackName: string): string[];
  stack(fn: StackFunction): Stack;
  template(fn: StackFunction): Template;
  /** cdk-nag AwsSolutions errors left unsuppressed in that stack, as "path: message". */
  nagErrors(fn: StackFunction): string[];
}

/**
 * Synthesizes the whole app of sst.config.ts for one stage, in this process, the way `sst deploy`
 * does (initProject, App, config.stacks(app), app.finish()), without AWS:
 * - NODE_ENV=test makes App.finish() skip the bootstrap lookup and sourcemap upload wiring;
 * - a fixed account and region are passed to the App, so no STS call is made;
 * - every stack is built as an *inactive* stack (isActiveStack returns false), the mode
 *   `sst deploy <filter>` uses for stacks it skips: Functions get placeholder inline code instead of
 *   an esbuild bundle, so handlers need not exist and nothing is bundled;
 * - SST's scratch output (the config bundle, generated types) goes under .sst/ or a temp dir, and
 *   the cloud assembly too unless `outdir` asks to keep it (npm run synth writes cdk.out/).
 */
export async function synthApp(stage: string, options: { outdir?: string } = {}): Promise<SynthesizedApp> {
  if (process.env.NODE_ENV !== 'test') throw new Error('synthApp needs NODE_ENV=test (vitest sets it)');
  await loadProject(stage);
  const scratch = await mkdtemp(path.join(tmpdir(), 'forkcast-synth-'));
  // App's constructor wipes and rewrites <out>/types; a private dir per synth keeps parallel test
  // files from racing on the shared .sst/types.
  useProject().paths.out = scratch;
  const { name, region } = useProject().config;
  const app = new App(
    { mode: 'deploy', stage, name, region, account: '123456789012', isActiveStack: () => false },
    { outdir: options.outdir ?? path.join(scratch, 'cdk.out') },
  );
  Aspects.of(app).add(new AwsSolutionsChecks());
  await config.stacks(app);
  await app.finish();

  // Synthesize exactly once: SST's unique-id aspect remembers what it saw and would reject a
  // second pass (Template.fromStack and Annotations.fromStack would each synthesize again).
  const assembly = app.synth();
  // Read every template and message now (the assembly reads them lazily from disk), then drop
  // the scratch dir: it holds staged assets of a few MB per synth.
  const synthesized = new Map(
    assembly.stacks.map((a) => [a.stackName, { template: a.template as object, messages: a.messages }]),
  );
  rmSync(scratch, { recursive: true, force: true });
  const nagErrorsOf = (stackName: string) =>
    (synthesized.get(stackName)?.messages ?? [])
      .filter((m) => m.level === 'error' && String(m.entry.data).startsWith('AwsSolutions-'))
      .map((m) => `${m.id}: ${String(m.entry.data).split('\n')[0]}`);

  const stack = (fn: StackFunction): Stack => {
    const id = app.logicalPrefixedName(fn.name);
    const found = app.node.tryFindChild(id);
    if (!(found instanceof CdkStack)) throw new Error(`stack ${id} is not in the app`);
    return found as Stack;
  };
  const artifact = (fn: StackFunction) => synthesized.get(stack(fn).stackName)!;
  return {
    app,
    stackNames: [...synthesized.keys()],
    templateOf: (stackName) => synthesized.get(stackName)!.template,
    nagErrorsOf,
    stack,
    template: (fn) => Template.fromJSON(artifact(fn).template),
    nagErrors: (fn) => nagErrorsOf(stack(fn).stackName),
  };
}

/**
 * initProject bundles sst.config.ts into a temporary `.sst.config.<time>.mjs` in the *current
 * directory* and imports it; running it from .sst/ (git-ignored, still under the repo so `sst`
 * resolves) keeps that file out of the working tree. Passing the stage avoids the interactive
 * personal-stage prompt.
 */
async function loadProject(stage: string): Promise<void> {
  const out = path.join(repoRoot, '.sst');
  await mkdir(out, { recursive: true });
  const cwd = process.cwd();
  process.chdir(out);
  try {
    await initProject({ root: repoRoot, stage });
  } finally {
    process.chdir(cwd);
  }
}
