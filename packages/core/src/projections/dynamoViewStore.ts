import {
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { viewsTableSpec } from '../tables/tableSpecs';
import type { StoredView, ViewPage, ViewStore } from './viewStore';
import { boundedKey, viewKeyLimits } from './boundedKey';
import { decodeViewCursor, encodeViewCursor } from './viewCursor';

/** Client and table of a DynamoViewStore. */
export interface DynamoViewStoreOptions {
  client: DynamoDBClient;
  /** Default `Views`. */
  tableName?: string;
}

/** Primary key of a view item. */
export const viewKey = (projection: string, stream: string): string => boundedKey(`${projection}#${stream}`, viewKeyLimits.partitionKeyBytes);
/** byIndex partition of a view item; index keys are user text (a city), so long ones are hashed. */
export const viewIndexKey = (projection: string, index: string, key: string): string =>
  boundedKey(`${projection}#${index}#${key}`, viewKeyLimits.partitionKeyBytes);

/** The ViewStore port on the Views table; writes are conditional on the stored stream version. */
export class DynamoViewStore implements ViewStore {
  readonly tableName: string;
  private readonly client: DynamoDBClient;

  constructor(options: DynamoViewStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName ?? viewsTableSpec.tableName;
  }

  async get<View>(projection: string, stream: string): Promise<StoredView<View> | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: viewKey(projection, stream) } }, ConsistentRead: true }),
    );
    return Item ? toStoredView<View>(Item) : undefined;
  }

  async put<View>(
    item: StoredView<View>,
    expectedVersion: number | undefined,
    indexKeys: Record<string, string | undefined> = {},
    indexSort?: string,
  ): Promise<boolean> {
    const entries = Object.entries(indexKeys).filter((e): e is [string, string] => e[1] !== undefined);
    // The Views table has one GSI, so an item can sit in one index at most.
    if (entries.length > 1) throw new Error(`${item.projection}: at most one index key per item, got ${entries.length}`);
    const index = entries[0] && { ix: viewIndexKey(item.projection, ...entries[0]), ixSort: boundedKey(indexSort ?? item.stream, viewKeyLimits.sortKeyBytes) };
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: marshall({ pk: viewKey(item.projection, item.stream), ...item, ...index }, { removeUndefinedValues: true }),
          ...(expectedVersion === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : { ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': { N: String(expectedVersion) } } }),
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async query<View>(projection: string, index: string, key: string, options: { limit?: number; cursor?: string } = {}): Promise<ViewPage<View>> {
    const limit = options.limit ?? 50;
    const partition = viewIndexKey(projection, index, key);
    // Only the position comes from the cursor; the partition is always the query's own.
    const start = options.cursor ? decodeViewCursor(partition, options.cursor) : undefined;
    // One extra item tells whether a next page exists, so the last page never carries a cursor.
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byIndex',
        KeyConditionExpression: 'ix = :ix',
        ExpressionAttributeValues: { ':ix': { S: partition } },
        ExclusiveStartKey: start && { pk: { S: viewKey(projection, start.stream) }, ix: { S: partition }, ixSort: { S: start.sort } },
        Limit: limit + 1,
      }),
    );
    const items = page.Items ?? [];
    const more = items.length > limit;
    const shown = items.slice(0, limit);
    const last = shown.at(-1);
    return {
      items: shown.map((i) => toStoredView<View>(i)),
      cursor: more && last ? encodeViewCursor(partition, { sort: last.ixSort!.S!, stream: last.stream!.S! }) : undefined,
    };
  }
}

/** A raw Views table item as the view it stores (also for scans outside this class, e.g. the local search warm-up). */
export function toStoredView<View>(item: Parameters<typeof unmarshall>[0]): StoredView<View> {
  const { projection, stream, version, view } = unmarshall(item);
  return { projection, stream, version, view: (view ?? null) as View | null };
}
