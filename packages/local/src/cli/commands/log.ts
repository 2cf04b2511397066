import { parseArgs } from 'node:util';
import { readLog } from '@forkcast/core';
import type { EventEnvelope } from '@forkcast/events';
import { formatLogEvent, logTableHeader } from '../../analytics/formatLogEvent';
import { logRange } from '../../analytics/logRange';
import { openDataDirLog } from '../../analytics/openDataDirLog';
import { readLogThroughRuntime } from '../../analytics/readLogThroughRuntime';
import { localAccountId, localRegion } from '../../runtime/localEnvironment';
import { UsageError, type CliIo } from '../cliIo';

/**
 * `forkcast log [--stream ID] [--pattern JSON] [--from DATE] [--to DATE] [--format table|ndjson]`:
 * events in time order, selected by the bus's own matcher. Through the running runtime (GET /log)
 * when it holds the data dir, else on the data dir directly.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      stream: { type: 'string' }, pattern: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.format !== 'table' && values.format !== 'ndjson') throw new UsageError(`--format must be table or ndjson, not ${values.format}`);
  const query = { ...logRange(values), stream: values.stream };
  const print = values.format === 'ndjson' ? (e: EventEnvelope) => io.out(`${JSON.stringify(e)}\n`) : (e: EventEnvelope) => io.out(formatLogEvent(e));

  const log = await openDataDirLog(context.dataDir);
  let count = 0;
  try {
    const events = log.kind === 'runtime'
      ? readLogThroughRuntime({ url: log.url, dataDir: context.dataDir, query })
      : readLog({ store: log.store, bus: { account: localAccountId, region: localRegion }, query });
    if (values.format === 'table') io.out(logTableHeader);
    for await (const event of events) {
      print(event);
      count += 1;
    }
  } finally {
    if (log.kind === 'offline') await log.close();
  }
  if (values.format === 'table') io.err(`${count} event${count === 1 ? '' : 's'}\n`);
  return 0;
}
