import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { startDynalite, type DynaliteHandle } from '../dynalite/startDynalite';
import { createTables } from './createTables';
import { eventsTableSpec, idempotencyTableSpec, viewsTableSpec } from './tableSpecs';

let db: DynaliteHandle;
beforeAll(async () => {
  db = await startDynalite({ tables: { events: 'T-Events', views: 'T-Views', idempotency: 'T-Idempotency' } });
});
afterAll(() => db.stop());

describe('createTables', () => {
  it('creates tables whose keys and GSIs follow the specs, and is safe to call again', async () => {
    expect(await createTables(db.client, { events: 'T-Events', views: 'T-Views', idempotency: 'T-Idempotency' })).toEqual({ events: 'T-Events', views: 'T-Views', idempotency: 'T-Idempotency' });
    for (const [name, spec] of [['T-Events', eventsTableSpec], ['T-Views', viewsTableSpec], ['T-Idempotency', idempotencyTableSpec]] as const) {
      const { Table } = await db.client.send(new DescribeTableCommand({ TableName: name }));
      expect(Table!.KeySchema!.map((k) => k.AttributeName)).toEqual([spec.partitionKey.name, ...(spec.sortKey ? [spec.sortKey.name] : [])]);
      expect((Table!.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName, g.KeySchema!.map((k) => k.AttributeName), g.Projection!.ProjectionType])).toEqual(
        spec.globalSecondaryIndexes.map((g) => [g.indexName, [g.partitionKey.name, g.sortKey.name], 'ALL']),
      );
    }
  });
});
