import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { toStoredView } from '@forkcast/core';

/** Every live item one projection left in the Views table, by stream (a scan: the local runtime's start only). */
export async function scanProjectionViews<View>(client: DynamoDBClient, viewsTable: string, projection: string, each: (stream: string, view: View) => Promise<void>): Promise<number> {
  let loaded = 0;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({
      TableName: viewsTable, ExclusiveStartKey: startKey,
      FilterExpression: '#p = :p', ExpressionAttributeNames: { '#p': 'projection' }, ExpressionAttributeValues: { ':p': { S: projection } },
    }));
    for (const item of page.Items ?? []) {
      const { stream, view } = toStoredView<View>(item);
      if (view) { await each(stream, view); loaded++; }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return loaded;
}
