/** Key layout of a DynamoDB table; stacks/Storage.ts creates every spec of `tableSpecs` from it. */
export interface TableSpec {
  tableName: string;
  partitionKey: { name: string; type: 'S' | 'N' };
  sortKey?: { name: string; type: 'S' | 'N' };
  globalSecondaryIndexes: {
    indexName: string;
    partitionKey: { name: string; type: 'S' | 'N' };
    sortKey: { name: string; type: 'S' | 'N' };
    projection: 'ALL';
  }[];
  /** The attribute DynamoDB's TTL deletes items by (epoch seconds), on AWS only: dynalite has no TTL. */
  timeToLiveAttribute?: string;
}

/** The log: one item per event; `day` (yyyy-mm-dd of the id's ULID time) feeds byDay replay. */
export const eventsTableSpec: TableSpec = {
  tableName: 'Events',
  partitionKey: { name: 'stream', type: 'S' },
  sortKey: { name: 'version', type: 'N' },
  globalSecondaryIndexes: [
    { indexName: 'byDay', partitionKey: { name: 'day', type: 'S' }, sortKey: { name: 'id', type: 'S' }, projection: 'ALL' },
  ],
};

/** Read models: `pk` = `<projection>#<stream>`; byIndex `ix` = `<projection>#<index>#<key>`. */
export const viewsTableSpec: TableSpec = {
  tableName: 'Views',
  partitionKey: { name: 'pk', type: 'S' },
  globalSecondaryIndexes: [
    { indexName: 'byIndex', partitionKey: { name: 'ix', type: 'S' }, sortKey: { name: 'ixSort', type: 'S' }, projection: 'ALL' },
  ],
};

/**
 * Idempotency keys of HTTP commands: `key` is a hash of caller, operation and Idempotency-Key;
 * `expiresAt` (epoch seconds) is the TTL attribute.
 */
export const idempotencyTableSpec: TableSpec = {
  tableName: 'Idempotency',
  partitionKey: { name: 'key', type: 'S' },
  globalSecondaryIndexes: [],
  timeToLiveAttribute: 'expiresAt',
};

/**
 * Every table Forkcast keeps. The Storage stack creates one DynamoDB table per entry (a new spec
 * added here is deployed with no stack change); the local runtime creates the ones it uses.
 */
export const tableSpecs: readonly TableSpec[] = [eventsTableSpec, viewsTableSpec, idempotencyTableSpec];

/** Physical table names (stages and tests may use other names than the specs' defaults). */
export interface TableNames {
  events: string;
  views: string;
  idempotency: string;
}

export const defaultTableNames: TableNames = {
  events: eventsTableSpec.tableName, views: viewsTableSpec.tableName, idempotency: idempotencyTableSpec.tableName,
};
