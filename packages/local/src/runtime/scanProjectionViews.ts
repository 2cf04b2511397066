import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoViewStore, generationName, toStoredView } from '@forkcast/core';

/**
 * Every live item of one projection's active generation in the Views table, by stream (a scan: the
 * local runtime's start only). A rebuild leaves the previous generation's items in the table, so
 * only keys under the active generation count.
 */
export async function scanProjectionViews<View>(client: DynamoDBClient, viewsTable: string, projection: string, each: (stream: string, view: View) => Promise<void>): Promise<number> {
  const { active } = await new DynamoViewStore({ client, tableName: viewsTable }).generations(projection);
  const keyPrefix = `${generationName(projection, active)}#`;
  let loaded = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: viewsTable, ExclusiveStartKey: startKey,
      FilterExpression: '#p = :p AND begins_with(pk, :k)',
      ExpressionAttributeNames: { '#p': 'projection' },
      ExpressionAttributeValues: { ':p': { S: projection }, ':k': { S: keyPrefix } },
    }));
    for (const item of page.Items ?? []) {
      const { stream, view } = toStoredView<View>(item);
      if (view) { await each(stream, view); loaded++; }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return loaded;
}
