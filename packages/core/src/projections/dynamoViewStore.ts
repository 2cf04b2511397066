import {
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { viewsTableSpec } from '../tables/tableSpecs';
import type { FreshView, StoredView, ViewGenerations, ViewPage, ViewStore } from './viewStore';
import { boundedKey, viewKeyLimits } from './boundedKey';
import { decodeViewCursor, encodeViewCursor } from './viewCursor';

/** Client and table of a DynamoViewStore. */
export interface DynamoViewStoreOptions {
  client: DynamoDBClient;
  /** Default `Views`. */
  tableName?: string;
  /** Read and write these generations of these projections instead of the active ones (a rebuild's store). */
  pinned?: Readonly<Record<string, number>>;
}

/** Primary key of a view item. */
export const viewKey = (projection: string, stream: string): string => boundedKey(`${projection}#${stream}`, viewKeyLimits.partitionKeyBytes);
/** byIndex partition of a view item; index keys are user text (a city), so long ones are hashed. */
export const viewIndexKey = (projection: string, index: string, key: string): string =>
  boundedKey(`${projection}#${index}#${key}`, viewKeyLimits.partitionKeyBytes);

/** The item naming a projection's active generation: `generation#<projection>`. */
const generationKey = (projection: string) => boundedKey(`generation#${projection}`, viewKeyLimits.partitionKeyBytes);
/**
 * The name a generation's items are keyed under: generation 0 (never rebuilt) is the projection's
 * own name, so views written before generations existed stay where they are.
 */
export const generationName = (projection: string, generation: number) => (generation === 0 ? projection : `${projection}@${generation}`);

/**
 * The ViewStore port on the Views table; writes are conditional on the stored stream version.
 * Items are keyed by projection generation: readers and live writers resolve the active one from
 * its record on every call (one consistent GetItem), so a rebuild's flip is seen at once.
 */
export class DynamoViewStore implements ViewStore, ViewGenerations {
  readonly tableName: string;
  private readonly client: DynamoDBClient;
  private readonly pinned: Readonly<Record<string, number>>;

  constructor(options: DynamoViewStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName ?? viewsTableSpec.tableName;
    this.pinned = options.pinned ?? {};
  }

  /** The same table with `projection` pinned to `generation`. */
  atGeneration(projection: string, generation: number): DynamoViewStore {
    return new DynamoViewStore({ client: this.client, tableName: this.tableName, pinned: { ...this.pinned, [projection]: generation } });
  }

  async generations(projection: string): Promise<{ active: number; allocated: number }> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: generationKey(projection) } }, ConsistentRead: true }),
    );
    return { active: Number(Item?.active?.N ?? 0), allocated: Number(Item?.allocated?.N ?? 0) };
  }

  async allocateGeneration(projection: string): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { pk: { S: generationKey(projection) } },
        UpdateExpression: 'SET #p = :p, #a = if_not_exists(#a, :zero) ADD #n :one',
        ExpressionAttributeNames: { '#p': 'projection', '#a': 'active', '#n': 'allocated' },
        ExpressionAttributeValues: { ':p': { S: projection }, ':zero': { N: '0' }, ':one': { N: '1' } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    // Allocated numbers are never reused, so a failed rebuild's leftovers never meet a new one.
    return Math.max(Number(Attributes!.allocated!.N), Number(Attributes!.active!.N) + 1);
  }

  async activate(projection: string, from: number, to: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { pk: { S: generationKey(projection) } },
          UpdateExpression: 'SET #a = :to',
          ConditionExpression: from === 0 ? 'attribute_not_exists(#a) OR #a = :from' : '#a = :from',
          ExpressionAttributeNames: { '#a': 'active' },
          ExpressionAttributeValues: { ':to': { N: String(to) }, ':from': { N: String(from) } },
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  /** The name this store keys the projection's items under: its pinned or active generation. */
  private async keyName(projection: string): Promise<string> {
    const generation = this.pinned[projection] ?? (await this.generations(projection)).active;
    return generationName(projection, generation);
  }

  async get<View>(projection: string, stream: string): Promise<StoredView<View> | undefined> {
    const name = await this.keyName(projection);
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: viewKey(name, stream) } }, ConsistentRead: true }),
    );
    return Item ? toStoredView<View>(Item) : undefined;
  }

  async put<View>(
    item: StoredView<View>,
    expectedVersion: number | undefined,
    indexKeys: Record<string, string | undefined> = {},
    indexSort?: string,
  ): Promise<boolean> {
    const name = await this.keyName(item.projection);
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: viewItem(name, { item, indexKeys, indexSort }),
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

  async writeFresh<View>(generation: number, items: readonly FreshView<View>[]): Promise<void> {
    for (let i = 0; i < items.length; i += 25) {
      let pending: WriteRequest[] = items.slice(i, i + 25).map((fresh) => ({
        PutRequest: { Item: viewItem(generationName(fresh.item.projection, generation), fresh) },
      }));
      while (pending.length > 0) {
        const result = await this.client.send(new BatchWriteItemCommand({ RequestItems: { [this.tableName]: pending } }));
        pending = result.UnprocessedItems?.[this.tableName] ?? [];
      }
    }
  }

  async query<View>(projection: string, index: string, key: string, options: { limit?: number; cursor?: string } = {}): Promise<ViewPage<View>> {
    const limit = options.limit ?? 50;
    const name = await this.keyName(projection);
    const partition = viewIndexKey(name, index, key);
    // Only the position comes from the cursor; the partition is always the query's own.
    const start = options.cursor ? decodeViewCursor(partition, options.cursor) : undefined;
    // One extra item tells whether a next page exists, so the last page never carries a cursor.
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byIndex',
        KeyConditionExpression: 'ix = :ix',
        ExpressionAttributeValues: { ':ix': { S: partition } },
        ExclusiveStartKey: start && { pk: { S: viewKey(name, start.stream) }, ix: { S: partition }, ixSort: { S: start.sort } },
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

/** The Views item of a view keyed under `name` (a projection generation), with its index placement. */
function viewItem<View>(name: string, { item, indexKeys = {}, indexSort }: FreshView<View>) {
  const entries = Object.entries(indexKeys).filter((e): e is [string, string] => e[1] !== undefined);
  // The Views table has one GSI, so an item can sit in one index at most.
  if (entries.length > 1) throw new Error(`${item.projection}: at most one index key per item, got ${entries.length}`);
  const index = entries[0] && { ix: viewIndexKey(name, ...entries[0]), ixSort: boundedKey(indexSort ?? item.stream, viewKeyLimits.sortKeyBytes) };
  return marshall({ pk: viewKey(name, item.stream), ...item, ...index }, { removeUndefinedValues: true });
}

/** A raw Views table item as the view it stores (also for scans outside this class, e.g. the local search warm-up). */
export function toStoredView<View>(item: Parameters<typeof unmarshall>[0]): StoredView<View> {
  const { projection, stream, version, view } = unmarshall(item);
  return { projection, stream, version, view: (view ?? null) as View | null };
}
