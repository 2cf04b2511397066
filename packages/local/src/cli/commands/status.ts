import { parseArgs } from 'node:util';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { readRuntimeLock } from '../../runtime/runtimeLock';
import { UsageError, type CliIo } from '../cliIo';
import { formatRuntimeStatus, type RuntimeStatus } from '../formatRuntimeStatus';
import { readOfflineStatus } from '../readOfflineStatus';

/**
 * `forkcast status [--json]`: the feed's lag, each subscription's backlog and dead letters, the
 * oldest undelivered event and what the last start recovered. Asks the running runtime's /health;
 * with none running, reads the data dir. Exit status 1 when the runtime answers unhealthy.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  const holder = await readRuntimeLock(dataDirLayout(context.dataDir).runtimeLock);
  let status: RuntimeStatus;
  if (holder?.kind === 'dev' && holder.url) {
    const response = await fetch(`${holder.url}/health`, { signal: AbortSignal.timeout(5000) });
    const health = (await response.json()) as Omit<RuntimeStatus, 'running' | 'url'>;
    status = { running: true, url: holder.url, ...health };
  } else {
    status = await readOfflineStatus(context.dataDir);
  }
  io.out(values.json ? JSON.stringify(status, null, 2) + '\n' : formatRuntimeStatus(status));
  return status.running && !status.healthy ? 1 : 0;
}
