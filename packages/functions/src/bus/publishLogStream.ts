import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { onAws } from '../app/onAws';
import { invocationObservability } from '../http/observability';
import { logStreamEntry, type LogStreamEntry } from './logStreamEntries';

/** PutEvents takes at most 10 entries per call. */
const putEventsLimit = 10;

interface PublishLogStreamDeps {
  eventBridge: EventBridgeClient;
  busName: string;
}

/**
 * The log's DynamoDB stream → the `forkcast` bus (AWS only; locally the change feed does this).
 * Entries go out in stream order, ten at a time. At the first entry the bus refuses, the batch
 * stops and reports that record as the first failure: Lambda retries the shard from there, so a
 * stream's events never overtake each other and nothing before the failure is sent twice.
 */
export const build = (deps: PublishLogStreamDeps) => async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  const { logger } = invocationObservability();
  const entries = event.Records.map((r) => logStreamEntry(r, deps.busName)).filter((e): e is LogStreamEntry => e !== undefined);
  for (let start = 0; start < entries.length; start += putEventsLimit) {
    const chunk = entries.slice(start, start + putEventsLimit);
    const result = await deps.eventBridge.send(new PutEventsCommand({ Entries: chunk.map((c) => c.entry) }));
    const failed = (result.Entries ?? []).findIndex((e) => e.ErrorCode !== undefined);
    if ((result.FailedEntryCount ?? 0) > 0 || failed >= 0) {
      const first = chunk[failed >= 0 ? failed : 0];
      logger.warn('the bus refused an entry; the shard is retried from it', {
        errorCode: result.Entries?.[failed]?.ErrorCode, detailType: first.entry.DetailType, published: start + Math.max(failed, 0),
      });
      return { batchItemFailures: [{ itemIdentifier: first.sequenceNumber }] };
    }
  }
  logger.debug('published', { count: entries.length });
  return { batchItemFailures: [] };
};
export const handler = onAws(() => build({ eventBridge: new EventBridgeClient({}), busName: busNameFromEnvironment() }));

function busNameFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.EVENT_BUS_NAME;
  if (!name) throw new Error('EVENT_BUS_NAME is not set; the Bus stack must pass it to this function');
  return name;
}
