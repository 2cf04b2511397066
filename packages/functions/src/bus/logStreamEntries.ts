import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { DynamoDBRecord } from 'aws-lambda';
import { fromEventItem } from '@forkcast/core';
import { eventCatalog } from '@forkcast/events';

/** One stream record of the log turned into the bus entry it publishes, or undefined when it publishes nothing. */
export interface LogStreamEntry {
  /** The record's sequence number: what a partial batch failure reports to Lambda. */
  sequenceNumber: string;
  entry: PutEventsRequestEntry;
}

/**
 * The log is append-only, so only INSERTs publish; a MODIFY or REMOVE (an operator's repair) is
 * not an event. The envelope goes out unchanged as `detail`, `detail-type` is its type and
 * `source` the catalog's, exactly as the local change feed publishes it.
 */
export function logStreamEntry(record: DynamoDBRecord, busName: string): LogStreamEntry | undefined {
  if (record.eventName !== 'INSERT' || !record.dynamodb?.NewImage) return undefined;
  const envelope = fromEventItem(record.dynamodb.NewImage as Record<string, AttributeValue>) as { type: string; occurredAt: string };
  return {
    sequenceNumber: record.dynamodb.SequenceNumber ?? '',
    entry: {
      EventBusName: busName,
      Source: eventCatalog.sourceOf(envelope.type),
      DetailType: envelope.type,
      Detail: JSON.stringify(envelope),
      Time: new Date(envelope.occurredAt),
    },
  };
}
