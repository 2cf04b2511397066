import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { defaultTableNames, eventsTableSpec, idempotencyTableSpec, viewsTableSpec, type TableNames, type TableSpec } from './tableSpecs';

/** CreateTable input for a spec (on-demand billing, as in the stack). */
export function createTableInput(spec: TableSpec, tableName = spec.tableName): CreateTableCommandInput {
  const keys = [spec.partitionKey, spec.sortKey, ...spec.globalSecondaryIndexes.flatMap((g) => [g.partitionKey, g.sortKey])];
  const attributes = new Map(keys.filter((k) => k !== undefined).map((k) => [k.name, k.type]));
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
      ...(spec.sortKey ? [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' as const }] : []),
    ],
    // CreateTable refuses an empty list of indexes.
    GlobalSecondaryIndexes: spec.globalSecondaryIndexes.length === 0 ? undefined : spec.globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: g.projection },
    })),
  };
}

/** Creates the Events, Views and Idempotency tables unless they exist, and waits until all are ACTIVE. */
export async function createTables(client: DynamoDBClient, names: Partial<TableNames> = {}): Promise<TableNames> {
  const resolved = { ...defaultTableNames, ...names };
  const pairs: [TableSpec, string][] = [[eventsTableSpec, resolved.events], [viewsTableSpec, resolved.views], [idempotencyTableSpec, resolved.idempotency]];
  for (const [spec, tableName] of pairs) {
    try {
      await client.send(new CreateTableCommand(createTableInput(spec, tableName)));
    } catch (err) {
      if (!(err instanceof ResourceInUseException)) throw err;
    }
  }
  for (const [, tableName] of pairs) await waitUntilActive(client, tableName);
  return resolved;
}

async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}
