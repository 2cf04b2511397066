import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoEventStore, DynamoViewStore, type EventStore, type ViewStore } from '@forkcast/core';
import { readEnvironment } from './environment';

export interface Stores {
  client: DynamoDBClient;
  events: EventStore;
  views: ViewStore;
}

let cached: Stores | undefined;

/**
 * The DynamoDB client and stores, created once per Lambda container (on first use, so a test can
 * set the environment before the first request) and reused by every invocation.
 */
export function stores(): Stores {
  if (cached) return cached;
  const env = readEnvironment();
  const client = new DynamoDBClient(
    env.dynamoDbEndpoint
      ? { endpoint: env.dynamoDbEndpoint, region: process.env.AWS_REGION ?? 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {},
  );
  cached = {
    client,
    events: new DynamoEventStore({ client, tableName: env.eventsTable }),
    views: new DynamoViewStore({ client, tableName: env.viewsTable }),
  };
  return cached;
}
