import { parseArgs } from 'node:util';
import { DynamoViewStore } from '@forkcast/core';
import { eventProgress } from '../../analytics/eventProgress';
import { logRange } from '../../analytics/logRange';
import { openDataDirLog } from '../../analytics/openDataDirLog';
import { replayThroughRuntime } from '../../analytics/replayThroughRuntime';
import { runReplay, type ReplayProgress, type ReplayRequest, type ReplayResult } from '../../analytics/runReplay';
import { countLogEvents, findFirstDay } from '../../runtime/scanLog';
import { UsageError, type CliIo } from '../cliIo';

/**
 * `forkcast replay --projection NAME`: rebuilds a read model into a fresh generation
 * and switches readers to it once it has caught up, while the runtime keeps running.
 * `forkcast replay --republish --pattern JSON --from DATE [--to DATE] [--rate N]`: sends matching
 * events to the running runtime's bus again, marked `meta.replay`, for consumers that opt in.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      projection: { type: 'string' }, republish: { type: 'boolean' }, pattern: { type: 'string' },
      from: { type: 'string' }, to: { type: 'string' }, rate: { type: 'string', default: '100' },
    },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  let request: ReplayRequest;
  if (values.republish) {
    if (values.projection) throw new UsageError('--republish and --projection do not go together');
    if (!values.pattern) throw new UsageError('--republish needs --pattern (which events to send again)');
    if (!values.from) throw new UsageError('--republish needs --from');
    const rate = Number(values.rate);
    if (!Number.isFinite(rate) || rate <= 0) throw new UsageError(`--rate ${values.rate} is not a positive number of events per second`);
    const range = logRange(values);
    request = { kind: 'republish', pattern: range.pattern!, from: range.from, to: range.to, rate };
  } else {
    if (!values.projection) throw new UsageError('--projection NAME or --republish is required');
    // Readers switch to the rebuilt views, so they must reflect the whole log up to now: a range would
    // leave out every stream without an event in it.
    if (values.from || values.to) throw new UsageError('--from and --to apply to --republish only: a rebuild reads the whole log and catches up to now before readers switch to it');
    request = { kind: 'projection', projection: values.projection };
  }

  const progress = eventProgress(io, request.kind === 'projection' ? `rebuilding ${request.projection}` : 'republishing', 0, 'events');
  let total: number | undefined;
  const onProgress = (p: ReplayProgress) => {
    if (p.total !== undefined && p.total !== total) progress.setTotal((total = p.total));
    progress.update(p.events, p.events);
  };
  const log = await openDataDirLog(context.dataDir);
  let result: ReplayResult;
  try {
    if (log.kind === 'runtime') {
      result = await replayThroughRuntime(log.url, request, onProgress);
    } else {
      if (request.kind === 'republish') {
        io.err('forkcast replay: --republish sends to the bus of the running runtime: start it (npm start) and run this again\n');
        return 1;
      }
      const views = new DynamoViewStore({ client: log.dynamo.client, tableName: log.dynamo.tables.views });
      result = await runReplay({
        request, store: log.store, views, onProgress,
        publish: async () => {},
        firstDay: () => findFirstDay(log.dynamo.client, log.dynamo.tables.events),
        countEvents: () => countLogEvents(log.dynamo.client, log.dynamo.tables.events),
      });
    }
  } finally {
    progress.stop();
    if (log.kind === 'offline') await log.close();
  }
  io.out(
    result.kind === 'projection'
      ? `rebuilt ${result.projection}: ${result.views} views from ${result.events} events; readers now use generation ${result.generation} (was ${result.previousGeneration})\n`
      : `republished ${result.events} events as ${result.replayId}\n`,
  );
  return 0;
}
