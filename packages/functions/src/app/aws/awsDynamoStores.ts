import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoEventStore, DynamoViewStore, type EventStore, type ViewStore } from '@forkcast/core';
import { tableNamesFromEnvironment } from './awsEnvironment';

/** The log and the read models on AWS, sharing one DynamoDB client. */
export function awsDynamoStores(): { events: EventStore; views: ViewStore } {
  const tables = tableNamesFromEnvironment();
  const client = new DynamoDBClient({});
  return {
    events: new DynamoEventStore({ client, tableName: tables.events }),
    views: new DynamoViewStore({ client, tableName: tables.views }),
  };
}
