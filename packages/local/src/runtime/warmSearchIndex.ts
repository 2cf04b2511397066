import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { restaurantSearchProjection, type SearchDocument } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';
import { scanProjectionViews } from './scanProjectionViews';

/**
 * The in-process search index starts empty; the search views persisted in the data dir's Views
 * table are what the projection already applied, so a restart loads them instead of waiting for
 * events that the projection would now skip as duplicates. Only the active generation's items
 * count: a rebuild leaves the previous generation (and its own record) in the table. Returns how
 * many it loaded.
 */
export function warmSearchIndex(client: DynamoDBClient, viewsTable: string, index: SearchIndexStore): Promise<number> {
  return scanProjectionViews<SearchDocument>(client, viewsTable, restaurantSearchProjection.name, (stream, view) => index.apply(stream, view));
}
