import * as z from 'zod';
import { exportDay, readLog, type EventStore, type ExportDayResult, type ObjectStore } from '@forkcast/core';
import { compilePattern } from '@forkcast/events';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsExportsBucket } from '../app/aws/awsExportsBucket';
import { onAws } from '../app/onAws';

function isPattern(text: string): boolean {
  try {
    compilePattern(text);
    return true;
  } catch {
    return false;
  }
}

const exportLogDayInput = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  format: z.enum(['parquet', 'ndjson']),
  /** Key prefix of the export in the bucket, e.g. `log/`. */
  prefix: z.string().regex(/^[A-Za-z0-9._\-/]{0,200}$/),
  pattern: z.string().max(4096).refine(isPattern, 'not an EventBridge pattern').nullish(),
  account: z.string().min(1),
  region: z.string().min(1),
});

/**
 * Task "Export the day" of the export-log workflow (one Map iteration): one byDay partition of
 * the log into `<prefix>day=D/type=T/part-N.<ext>` in the exports bucket. Keys depend only on the
 * day, type and part, so a retried or rerun day overwrites what it wrote before.
 */
export const build = (deps: { events: EventStore; exportsBucket: ObjectStore }) => async (event: unknown): Promise<Omit<ExportDayResult, 'keys'> & { files: number }> => {
  const input = exportLogDayInput.parse(event);
  const events = readLog({ store: deps.events, bus: { account: input.account, region: input.region }, query: { from: input.day, to: input.day, pattern: input.pattern ?? undefined } });
  const { keys, ...result } = await exportDay({ day: input.day, events, format: input.format, sink: deps.exportsBucket, prefix: input.prefix });
  // Only counts go back into the execution's state: key lists of a busy day would outgrow 256 KiB.
  return { ...result, files: keys.length };
};
export const handler = onAws(() => build({ ...awsDynamoStores(), exportsBucket: awsExportsBucket() }));
