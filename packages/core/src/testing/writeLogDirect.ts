import { BatchWriteItemCommand, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { EventEnvelope } from '@forkcast/events';
import { toEventItem } from '../eventStore/eventItem';

/**
 * Writes events straight into the Events table, 25 per BatchWriteItem, several batches in flight:
 * how tests and the bench fill a log fast. No version check, so only for logs made to be valid.
 */
export async function writeLogDirect(client: DynamoDBClient, tableName: string, events: readonly EventEnvelope[], concurrency = 8): Promise<void> {
  const batches: WriteRequest[][] = [];
  for (let i = 0; i < events.length; i += 25) batches.push(events.slice(i, i + 25).map((e) => ({ PutRequest: { Item: toEventItem(e) } })));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let pending: WriteRequest[] = batches[next++]!;
      while (pending.length > 0) {
        const result = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
        pending = result.UnprocessedItems?.[tableName] ?? [];
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
