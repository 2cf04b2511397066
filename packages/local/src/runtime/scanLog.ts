import { DescribeTableCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** How many events the log holds, for a progress bar's total (exact on dynalite; DynamoDB updates it every few hours). */
export async function countLogEvents(client: DynamoDBClient, tableName: string): Promise<number> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  return Table?.ItemCount ?? 0;
}

/** Whether the Events table holds no event at all (first start). */
export async function isLogEmpty(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const { Items } = await client.send(new ScanCommand({ TableName: tableName, Limit: 1, ProjectionExpression: '#s', ExpressionAttributeNames: { '#s': 'stream' } }));
  return (Items ?? []).length === 0;
}

/**
 * The earliest byDay partition, for a change feed without a checkpoint. The index cannot list its
 * partitions, so this scans the `day` attribute once; later runs start from the checkpoint.
 */
export async function findFirstDay(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  let first: string | undefined;
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ProjectionExpression: '#d', ExpressionAttributeNames: { '#d': 'day' }, ExclusiveStartKey: startKey }),
    );
    for (const item of page.Items ?? []) {
      const day = item.day?.S;
      if (day && (first === undefined || day < first)) first = day;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return first;
}
