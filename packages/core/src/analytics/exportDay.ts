import type { EventEnvelope } from '@forkcast/events';
import { encodeExport, exportContentType, exportExtension, type ExportFormat } from './encodeExport';
import { exportRow, type ExportRow } from './exportRow';

/** Where export files go: the exports bucket on AWS, a directory locally. */
export interface ExportSink {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
}

export interface ExportDayInput {
  /** yyyy-mm-dd (UTC): one byDay partition. */
  day: string;
  /** The day's selected events (readLog over the day, or the runtime's GET /log). */
  events: AsyncIterable<EventEnvelope>;
  format: ExportFormat;
  sink: ExportSink;
  /** Key prefix of this export, e.g. `exports/2026-01/`; keys are `<prefix>day=D/type=T/part-00000.<ext>`. */
  prefix?: string;
  /** Rows per file; a busy day's type is split into several parts. Default 200,000. */
  rowsPerFile?: number;
}

export interface ExportDayResult {
  day: string;
  events: number;
  bytes: number;
  /** Events per type written this day. */
  types: Record<string, number>;
  keys: string[];
}

/** The Hive-style folder of a day and type: `day=2026-01-31/type=RestaurantListed/`. */
export const exportPartition = (day: string, type: string) => `day=${day}/type=${type}/`;

/**
 * Exports one day of the log (the unit of work a Map state runs in parallel): its events, selected
 * by the pattern, one row each, one folder per type. The keys depend only on the day, type and
 * part number, so a rerun overwrites what an earlier run wrote.
 */
export async function exportDay(input: ExportDayInput): Promise<ExportDayResult> {
  const byType = new Map<string, ExportRow[]>();
  for await (const event of input.events) {
    let rows = byType.get(event.type);
    if (!rows) byType.set(event.type, (rows = []));
    rows.push(exportRow(event));
  }
  const result: ExportDayResult = { day: input.day, events: 0, bytes: 0, types: {}, keys: [] };
  const perFile = input.rowsPerFile ?? 200_000;
  for (const [type, rows] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (let part = 0; part * perFile < rows.length; part++) {
      const body = encodeExport(rows.slice(part * perFile, (part + 1) * perFile), input.format);
      const key = `${input.prefix ?? ''}${exportPartition(input.day, type)}part-${String(part).padStart(5, '0')}.${exportExtension[input.format]}`;
      await input.sink.put(key, body, exportContentType[input.format]);
      result.keys.push(key);
      result.bytes += body.byteLength;
    }
    result.types[type] = rows.length;
    result.events += rows.length;
  }
  return result;
}
