import { createReadStream } from 'node:fs';
import { foldProjection, parseZomatoRecord, restaurantSearchProjection, restaurantStreamFor, zomatoSource, type SearchDocument, type ZomatoRecord } from '@forkcast/core';
import type { RestaurantEventEnvelope } from '@forkcast/events';
import { csvRecords } from '../imports/csvRecords';

/**
 * The search documents of every listable row of a Zomato file, built the way the projection
 * builds them from the RestaurantListed events an import appends (one stream per external id,
 * the last row of a duplicated id winning, as re-imports do). For tests and benchmarks.
 */
export async function zomatoSearchDocuments(file: string): Promise<SearchDocument[]> {
  const documents = new Map<string, SearchDocument>();
  let header: string[] | undefined;
  for await (const { fields, line } of csvRecords(createReadStream(file))) {
    if (!header) { header = fields.map((f) => f.replace(/^\uFEFF/, '')); continue; }
    const record = Object.fromEntries(header.map((column, i) => [column, fields[i] ?? ''])) as ZomatoRecord;
    const result = parseZomatoRecord(record, line);
    if (!result.ok) continue;
    const stream = restaurantStreamFor(zomatoSource, result.externalId);
    const listed = { type: 'RestaurantListed', stream, version: 1, data: result.restaurant } as unknown as RestaurantEventEnvelope;
    const document = foldProjection(restaurantSearchProjection, [listed]);
    if (document) documents.set(stream, document);
  }
  return [...documents.values()];
}
