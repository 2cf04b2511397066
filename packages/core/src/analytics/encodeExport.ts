import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExportRow } from './exportRow';

export type ExportFormat = 'parquet' | 'ndjson';

export const exportExtension: Record<ExportFormat, string> = { parquet: 'parquet', ndjson: 'ndjson' };
export const exportContentType: Record<ExportFormat, string> = { parquet: 'application/vnd.apache.parquet', ndjson: 'application/x-ndjson' };

/** The bytes of one export file. */
export function encodeExport(rows: readonly ExportRow[], format: ExportFormat): Buffer {
  if (format === 'ndjson') return Buffer.from(rows.map((row) => `${JSON.stringify(row)}\n`).join(''), 'utf8');
  const column = <K extends keyof ExportRow>(name: K) => rows.map((row) => row[name]);
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: column('id'), type: 'STRING' },
      { name: 'stream', data: column('stream'), type: 'STRING' },
      { name: 'version', data: column('version'), type: 'INT32' },
      { name: 'type', data: column('type'), type: 'STRING' },
      { name: 'schemaVersion', data: column('schemaVersion'), type: 'INT32' },
      // TIMESTAMP_MILLIS: the log's instants have millisecond precision.
      { name: 'occurredAt', data: rows.map((row) => new Date(row.occurredAt)), type: 'TIMESTAMP' },
      { name: 'actorId', data: column('actorId'), type: 'STRING' },
      { name: 'actorRole', data: column('actorRole'), type: 'STRING' },
      { name: 'correlationId', data: column('correlationId'), type: 'STRING' },
      { name: 'causationId', data: column('causationId'), type: 'STRING' },
      { name: 'idempotencyKey', data: column('idempotencyKey'), type: 'STRING' },
      { name: 'replayId', data: column('replayId'), type: 'STRING' },
      // The JSON logical type: readers see text that they may parse (DuckDB: JSON).
      { name: 'data', data: rows.map((row) => JSON.parse(row.data) as unknown), type: 'JSON' },
    ],
  });
  return Buffer.from(buffer);
}
