import { dynamoStores, type EventStore, type IdempotencyStore, type ViewStore } from '@forkcast/core';
import { tableNamesFromEnvironment } from './awsEnvironment';

/** The log, the read models and the idempotency keys on AWS, sharing one DynamoDB client. */
export function awsDynamoStores(): { events: EventStore; views: ViewStore; idempotency: IdempotencyStore } {
  return dynamoStores(tableNamesFromEnvironment());
}
