import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoEventStore } from '../eventStore/dynamoEventStore';
import type { EventStore } from '../eventStore/eventStore';
import { DynamoViewStore } from '../projections/dynamoViewStore';
import type { ViewGenerations, ViewStore } from '../projections/viewStore';
import { DynamoIdempotencyStore } from '../idempotency/dynamoIdempotencyStore';
import type { IdempotencyStore } from '../idempotency/idempotencyStore';
import type { TableNames } from './tableSpecs';

/** The log, the read models and the idempotency keys on one DynamoDB client, which core owns (one SDK copy). */
export function dynamoStores(
  tables: TableNames,
  client: DynamoDBClient = new DynamoDBClient({}),
): { events: EventStore; views: ViewStore & ViewGenerations; idempotency: IdempotencyStore } {
  return {
    idempotency: new DynamoIdempotencyStore({ client, tableName: tables.idempotency }),
    events: new DynamoEventStore({ client, tableName: tables.events }),
    views: new DynamoViewStore({ client, tableName: tables.views }),
  };
}
