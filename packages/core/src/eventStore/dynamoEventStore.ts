import {
  ConditionalCheckFailedException,
  PutItemCommand,
  QueryCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { eventCatalog, type EventCatalog, type EventEnvelope, type ForkcastEnvelope } from '@forkcast/events';
import { VersionConflictError } from '../commands/commandErrors';
import { eventsTableSpec } from '../tables/tableSpecs';
import type { EventStore, ReadByDayOptions, ReadByDayPage, ReadStreamOptions } from './eventStore';
import { fromEventItem, toEventItem } from './eventItem';

/** Client, table and catalog of a DynamoEventStore. */
export interface DynamoEventStoreOptions<E extends EventEnvelope<string, any>> {
  client: DynamoDBClient;
  /** Default `Events`. */
  tableName?: string;
  /** Validates appends and upcasts reads; default the Forkcast `eventCatalog`. */
  catalog?: EventCatalog<E>;
  /** Query Limit for readStream pages (default none: DynamoDB's 1 MB pages). */
  pageSize?: number;
}

/** The EventStore port on DynamoDB: conditional PutItem appends, consistent paged stream reads. */
export class DynamoEventStore<E extends EventEnvelope<string, any> = ForkcastEnvelope> implements EventStore<E> {
  readonly tableName: string;
  private readonly client: DynamoDBClient;
  private readonly catalog: EventCatalog<E>;
  private readonly pageSize?: number;

  constructor(options: DynamoEventStoreOptions<E> & (E extends ForkcastEnvelope ? unknown : { catalog: EventCatalog<E> })) {
    this.client = options.client;
    this.tableName = options.tableName ?? eventsTableSpec.tableName;
    // Without a catalog E is ForkcastEnvelope (the constructor type demands one otherwise).
    this.catalog = options.catalog ?? (eventCatalog as unknown as EventCatalog<E>);
    this.pageSize = options.pageSize;
  }

  async append(event: EventEnvelope<string, unknown>): Promise<E> {
    const valid = this.catalog.validateNew(event);
    try {
      await this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: toEventItem(valid),
          ConditionExpression: 'attribute_not_exists(#v)',
          ExpressionAttributeNames: { '#v': 'version' },
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new VersionConflictError(event.stream, event.version);
      throw err;
    }
    return valid;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<E[]> {
    const from = options.fromVersion ?? 1;
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    if (to < from) return [];
    const events: E[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#s = :s AND #v BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#s': 'stream', '#v': 'version' },
          ExpressionAttributeValues: { ':s': { S: stream }, ':from': { N: String(from) }, ':to': { N: String(to) } },
          ConsistentRead: true,
          Limit: this.pageSize,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) events.push(this.catalog.parse(fromEventItem(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return events;
  }

  async readByDay(day: string, options: ReadByDayOptions = {}): Promise<ReadByDayPage<E>> {
    const after = options.afterId !== undefined;
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'byDay',
        KeyConditionExpression: after ? '#d = :d AND #id > :after' : '#d = :d',
        ExpressionAttributeNames: { '#d': 'day', ...(after ? { '#id': 'id' } : {}) },
        ExpressionAttributeValues: { ':d': { S: day }, ...(after ? { ':after': { S: options.afterId! } } : {}) },
        Limit: options.limit,
      }),
    );
    const events = (page.Items ?? []).map((item) => this.catalog.parse(fromEventItem(item)));
    return { events, lastId: page.LastEvaluatedKey ? events.at(-1)?.id : undefined };
  }
}
