import { ulid } from 'ulid';
import { DomainError, DuplicateIds, handleCommand, missingZomatoColumns, parseZomatoRecord, restaurantDecider, restaurantStreamFor, zomatoSource, type EventStore, type ImportedRestaurant, type ImportIssue, type ZomatoRecord } from '@forkcast/core';
import type { Actor } from '@forkcast/events';
import { csvRecords, type CsvSource } from './csvRecords';
import { noCounts, summaryLine, type ImportCounts } from './importCounts';

export interface ImportProgress {
  rows: number;
  bytesRead: number;
  /** Size of the source when known (a file, an S3 object). */
  totalBytes?: number;
}

export interface RunImportOptions {
  source: CsvSource;
  store: EventStore;
  totalBytes?: number;
  /** Recorded as the events' actor; default the system importer. */
  actor?: Actor;
  /** Shared by every event of this import (and its logs); default a new ULID. */
  correlationId?: string;
  /** Rows whose commands are in flight at once; default 8. */
  concurrency?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult {
  counts: ImportCounts;
  /** Every row rejected or repaired, by line. */
  report: ImportIssue[];
  /** `imported N, updated N, unchanged N, rejected N` */
  summary: string;
  rows: number;
  correlationId: string;
}

/** The header is not the Zomato export's: nothing was imported. */
export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
}

/**
 * Imports a Zomato-format CSV: streamed, each row through the restaurant decider on the stream
 * derived from source + external id, so a re-import appends nothing and a changed row appends
 * RestaurantProfileUpdated. Used by the S3-triggered function and the `forkcast import` CLI alike.
 */
export async function runImport(options: RunImportOptions): Promise<ImportResult> {
  const actor = options.actor ?? { id: 'importer', role: 'system' as const };
  const correlationId = options.correlationId ?? ulid();
  const concurrency = Math.max(1, options.concurrency ?? 8);
  const counts = noCounts();
  const report: ImportIssue[] = [];
  const duplicates = new DuplicateIds();
  const inFlight = new Set<Promise<void>>();
  let header: string[] | undefined;
  let rows = 0;
  let bytesRead = 0;
  let failure: unknown;

  const progress = () => options.onProgress?.({ rows, bytesRead, totalBytes: options.totalBytes });
  const rowDone = (outcome: keyof ImportCounts) => {
    counts[outcome]++;
    rows++;
    progress();
  };

  for await (const { fields, line } of csvRecords(options.source, (b) => (bytesRead = b))) {
    if (failure) break;
    if (!header) {
      header = fields.map((f) => f.trim());
      const missing = missingZomatoColumns(header);
      if (missing.length > 0) throw new ImportFormatError(`not a Zomato export: missing columns ${missing.join(', ')}`);
      continue;
    }
    const result = parseZomatoRecord(recordOf(header, fields), line);
    const duplicate = result.externalId !== undefined ? duplicates.check(result.externalId, line) : undefined;
    report.push(...result.issues);
    if (fields.length !== header.length) {
      report.push({ line, field: 'row', action: 'repaired', code: 'row.column-count', message: `the row has ${fields.length} fields, the header ${header.length}` });
    }
    if (duplicate) report.push(duplicate);
    if (!result.ok || duplicate) {
      rowDone('rejected');
      continue;
    }

    const task = importRow(result.restaurant, line).then(
      (outcome) => rowDone(outcome),
      (error: unknown) => {
        failure ??= error;
      },
    ).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  if (!header) throw new ImportFormatError('the file is empty');

  report.sort((a, b) => a.line - b.line);
  return { counts, report, summary: summaryLine(counts), rows, correlationId };

  async function importRow(restaurant: ImportedRestaurant, line: number): Promise<keyof ImportCounts> {
    try {
      const { event } = await handleCommand({
        store: options.store,
        decider: restaurantDecider,
        stream: restaurantStreamFor(zomatoSource, restaurant.externalId),
        command: { type: 'ImportRestaurant', data: restaurant },
        actor,
        correlationId,
      });
      if (!event) return 'unchanged';
      return event.type === 'RestaurantListed' ? 'imported' : 'updated';
    } catch (error) {
      // A rule of the domain refused this row: report it and go on. Anything else stops the import.
      if (!(error instanceof DomainError)) throw error;
      report.push({ line, field: 'row', action: 'rejected', code: `domain.${error.code}`, message: error.message });
      return 'rejected';
    }
  }
}

function recordOf(header: readonly string[], fields: readonly string[]): ZomatoRecord {
  const record: Record<string, string> = {};
  header.forEach((column, i) => (record[column] = fields[i] ?? ''));
  return record as ZomatoRecord;
}
