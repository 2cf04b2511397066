import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoViewStore, generationName, restaurantSearchProjection, toStoredView, type SearchDocument } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';

/**
 * The in-process search index starts empty; the search views persisted in the data dir's Views
 * table are what the projection already applied, so a restart loads them instead of waiting for
 * events that the projection would now skip as duplicates. Only the active generation's items
 * count: a rebuild leaves the previous generation (and its own record) in the table. Returns how
 * many it loaded.
 */
export async function warmSearchIndex(client: DynamoDBClient, viewsTable: string, index: SearchIndexStore): Promise<number> {
  const name = restaurantSearchProjection.name;
  const { active } = await new DynamoViewStore({ client, tableName: viewsTable }).generations(name);
  const keyPrefix = `${generationName(name, active)}#`;
  let loaded = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: viewsTable, ExclusiveStartKey: startKey,
      FilterExpression: '#p = :p AND begins_with(pk, :k)',
      ExpressionAttributeNames: { '#p': 'projection' },
      ExpressionAttributeValues: { ':p': { S: name }, ':k': { S: keyPrefix } },
    }));
    for (const item of page.Items ?? []) {
      const { stream, view } = toStoredView<SearchDocument>(item);
      if (view) { await index.apply(stream, view); loaded++; }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return loaded;
}
