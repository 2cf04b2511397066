import { dynamoStores, type EventStore, type ViewStore } from '@forkcast/core';
import { tableNamesFromEnvironment } from './awsEnvironment';

/** The log and the read models on AWS, sharing one DynamoDB client. */
export function awsDynamoStores(): { events: EventStore; views: ViewStore } {
  return dynamoStores(tableNamesFromEnvironment());
}
