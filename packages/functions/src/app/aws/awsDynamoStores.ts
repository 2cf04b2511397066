import { dynamoStores, type EventStore, type IdempotencyStore, type ViewGenerations, type ViewStore } from '@forkcast/core';
import { tableNamesFromEnvironment } from './awsEnvironment';

/** The log, the read models and the idempotency keys on AWS, sharing one DynamoDB client. */
export function awsDynamoStores(): { events: EventStore; views: ViewStore & ViewGenerations; idempotency: IdempotencyStore } {
  return dynamoStores(tableNamesFromEnvironment());
}
