import { parseArgs } from 'node:util';
import { subscriptions as subscriptionTable } from '@forkcast/functions';
import type { Subscription } from '@forkcast/functions';
import { redrivePathPrefix } from '../../bus/createRedriveHandler';
import type { RedriveResult } from '../../bus/localBus';
import { redriveFromDataDir } from '../../bus/redriveFromDataDir';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { readRuntimeLock } from '../../runtime/runtimeLock';

export interface RedriveCommandOptions {
  dataDir: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
  /** The table to take targets from (tests inject faulty ones); the subscription table by default. */
  subscriptions?: readonly Subscription[];
}

const usage = 'usage: forkcast redrive SUBSCRIPTION [--id EVENTID]...';

/**
 * `forkcast redrive SUBSCRIPTION [--id EVENTID]...`: delivers the subscription's dead letters (all,
 * or those with these EventBridge or envelope ids) once each. Through the running runtime when there
 * is one (it holds dynalite and the queue files), else directly on the data dir. Exit 1 if any
 * delivery failed or an id was not found.
 */
export default async function run(args: string[], options: RedriveCommandOptions): Promise<number> {
  const out = options.out ?? ((text) => process.stdout.write(text));
  const err = options.err ?? ((text) => process.stderr.write(text));
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { id: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    out(`${usage}\n`);
    return 0;
  }
  const [subscriptionId, ...extra] = parsed.positionals;
  if (!subscriptionId || extra.length > 0) {
    err(`${usage}\n`);
    return 2;
  }
  const ids = parsed.values.id;

  let result: RedriveResult;
  try {
    const holder = await readRuntimeLock(dataDirLayout(options.dataDir).runtimeLock);
    if (holder?.kind === 'dev' && holder.url) {
      result = await redriveThroughRuntime(holder.url, subscriptionId, ids);
    } else if (holder) {
      err(`${options.dataDir} is in use by forkcast ${holder.kind} (pid ${holder.pid}); try again when it has finished\n`);
      return 1;
    } else {
      result = await redriveFromDataDir({ dataDir: options.dataDir, subscriptions: options.subscriptions ?? subscriptionTable, subscriptionId, ids });
    }
  } catch (error) {
    // The user gets the reason, not our call stack: every failure here is about their input or data dir.
    err(`forkcast redrive: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }

  out(formatRedriveResult(result));
  return result.failed.length > 0 || result.notFound.length > 0 ? 1 : 0;
}

async function redriveThroughRuntime(url: string, subscriptionId: string, ids: string[] | undefined): Promise<RedriveResult> {
  const response = await fetch(new URL(`${redrivePathPrefix}${encodeURIComponent(subscriptionId)}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ids ? { ids } : {}),
  });
  const body = (await response.json()) as RedriveResult & { detail?: string; title?: string };
  if (!response.ok) throw new Error(`the runtime at ${url} answered ${response.status}: ${body.detail ?? body.title}`);
  return body;
}

export function formatRedriveResult(result: RedriveResult): string {
  if (result.delivered.length + result.failed.length + result.notFound.length === 0) return `${result.subscriptionId}: nothing to redrive\n`;
  const lines: string[] = [];
  const describe = (e: RedriveResult['delivered'][number]) =>
    `${e.event.detail.id} ${e.event['detail-type']} ${e.event.detail.stream}@${e.event.detail.version}`;
  for (const e of result.delivered) lines.push(`delivered  ${describe(e)}`);
  for (const e of result.failed) lines.push(`failed     ${describe(e)}: ${e.error.name}: ${e.error.message} (attempt ${e.attempts})`);
  for (const id of result.notFound) lines.push(`not found  ${id}`);
  lines.push(
    `${result.subscriptionId}: ${result.delivered.length} delivered, ${result.failed.length} failed` +
      (result.notFound.length > 0 ? `, ${result.notFound.length} not found` : ''),
  );
  return lines.join('\n') + '\n';
}
