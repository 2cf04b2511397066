import { parseArgs } from 'node:util';
import { readLog, type ExportFormat } from '@forkcast/core';
import { daysOf, exportToDirectory } from '../../analytics/exportToDirectory';
import { eventProgress } from '../../analytics/eventProgress';
import { logRange } from '../../analytics/logRange';
import { openDataDirLog } from '../../analytics/openDataDirLog';
import { readLogThroughRuntime } from '../../analytics/readLogThroughRuntime';
import { localAccountId, localRegion } from '../../runtime/localEnvironment';
import { UsageError, type CliIo } from '../cliIo';

const day = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `forkcast export --from DAY --to DAY --format parquet|ndjson --out DIR [--pattern JSON]`: the log
 * partitioned by day and type (`DIR/day=D/type=T/part-00000.parquet`), one row per event; a rerun
 * replaces those days. Through the running runtime when it holds the data dir, else offline.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'parquet' }, out: { type: 'string' }, pattern: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (!values.from || !values.to || !day.test(values.from) || !day.test(values.to)) {
    throw new UsageError('--from and --to are required, as whole days (yyyy-mm-dd): each day is one partition, replaced whole');
  }
  if (values.format !== 'parquet' && values.format !== 'ndjson') throw new UsageError(`--format must be parquet or ndjson, not ${values.format}`);
  if (!values.out) throw new UsageError('--out DIR is required');
  const { from, to, pattern } = logRange(values);
  const format = values.format as ExportFormat;

  const log = await openDataDirLog(context.dataDir);
  const days = daysOf(from, to);
  const progress = eventProgress(io, 'exporting', days.length, 'days');
  let events = 0;
  try {
    const readDay = (d: string) =>
      log.kind === 'runtime'
        ? readLogThroughRuntime({ url: log.url, dataDir: context.dataDir, query: { from: d, to: d, pattern } })
        : readLog({ store: log.store, bus: { account: localAccountId, region: localRegion }, query: { from: d, to: d, pattern } });
    const results = await exportToDirectory({
      readDay, from, to, format, outDir: values.out,
      onDay: (result) => progress.update(days.indexOf(result.day) + 1, (events += result.events)),
    });
    progress.stop();
    const files = results.reduce((n, r) => n + r.keys.length, 0);
    const bytes = results.reduce((n, r) => n + r.bytes, 0);
    io.out(`exported ${events} events in ${files} files (${bytes} bytes) for ${days.length} days to ${values.out}\n`);
    return 0;
  } finally {
    progress.stop();
    if (log.kind === 'offline') await log.close();
  }
}
