import type { TableSpec } from '@forkcast/core';
import { Table, type Stack, type TableProps } from 'sst/constructs';

const fieldType = { S: 'string', N: 'number' } as const;

/**
 * A DynamoDB table laid out exactly as its spec in packages/core says (the one the local runtime
 * creates in dynalite), so key names cannot drift between the two runtimes. The construct id is
 * the spec's table name.
 */
export function tableFromSpec(stack: Stack, spec: TableSpec, extra: Pick<TableProps, 'stream' | 'cdk'>): Table {
  const fields: TableProps['fields'] = {};
  const keys = [spec.partitionKey, spec.sortKey, ...spec.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  for (const key of keys) if (key) fields[key.name] = fieldType[key.type];
  return new Table(stack, spec.tableName, {
    fields,
    primaryIndex: { partitionKey: spec.partitionKey.name, ...(spec.sortKey ? { sortKey: spec.sortKey.name } : {}) },
    globalIndexes: Object.fromEntries(
      spec.globalSecondaryIndexes.map((i) => [i.indexName, { partitionKey: i.partitionKey.name, sortKey: i.sortKey.name, projection: 'all' as const }]),
    ),
    // DynamoDB deletes expired records (Idempotency-Key answers) by it; the store ignores them until then.
    ...(spec.timeToLiveAttribute ? { timeToLiveAttribute: spec.timeToLiveAttribute } : {}),
    ...extra,
  });
}
