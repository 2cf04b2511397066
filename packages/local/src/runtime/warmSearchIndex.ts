import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { restaurantSearchProjection, toStoredView, type SearchDocument } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';

/**
 * The in-process search index starts empty; the search views persisted in the data dir's Views
 * table are what the projection already applied, so a restart loads them instead of waiting for
 * events that the projection would now skip as duplicates. Returns how many it loaded.
 */
export async function warmSearchIndex(client: DynamoDBClient, viewsTable: string, index: SearchIndexStore): Promise<number> {
  let loaded = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: viewsTable, ExclusiveStartKey: startKey,
      FilterExpression: '#p = :p', ExpressionAttributeNames: { '#p': 'projection' }, ExpressionAttributeValues: { ':p': { S: restaurantSearchProjection.name } },
    }));
    for (const item of page.Items ?? []) {
      const { stream, view } = toStoredView<SearchDocument>(item);
      if (view) { await index.apply(stream, view); loaded++; }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return loaded;
}
