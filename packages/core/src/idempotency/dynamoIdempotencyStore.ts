import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { idempotencyTableSpec } from '../tables/tableSpecs';
import type { IdempotencyBegin, IdempotencyStore, StoredResponse } from './idempotencyStore';

export interface DynamoIdempotencyStoreOptions {
  client: DynamoDBClient;
  /** Default `Idempotency`. */
  tableName?: string;
  /** How long a key is remembered (the draft suggests at least 24 h). */
  ttlSeconds?: number;
  /**
   * How long an unanswered first request holds its key. Past it the request is taken as dead (its
   * Lambda was killed: API Gateway gives up after 30 s) and a retry may run, instead of 409 for a day.
   */
  leaseSeconds?: number;
  /** Epoch milliseconds; tests move it. */
  now?: () => number;
}

/**
 * The IdempotencyStore on a DynamoDB table. `expiresAt` is the table's TTL attribute on AWS, but
 * DynamoDB deletes expired items only eventually (and dynalite never): an expired record is
 * therefore treated as absent by every read and condition here, not left to the TTL sweeper.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  readonly tableName: string;
  private readonly client: DynamoDBClient;
  private readonly ttlSeconds: number;
  private readonly leaseSeconds: number;
  private readonly now: () => number;

  constructor(options: DynamoIdempotencyStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName ?? idempotencyTableSpec.tableName;
    this.ttlSeconds = options.ttlSeconds ?? 24 * 60 * 60;
    this.leaseSeconds = options.leaseSeconds ?? 60;
    this.now = options.now ?? Date.now;
  }

  async begin(key: string, fingerprint: string): Promise<IdempotencyBegin> {
    // A record can vanish between the failed put and the read (released, expired): try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.seconds();
      const lease = randomUUID();
      try {
        await this.client.send(new PutItemCommand({
          TableName: this.tableName,
          Item: {
            key: { S: key }, fingerprint: { S: fingerprint }, state: { S: 'in-flight' }, lease: { S: lease },
            leaseExpiresAt: { N: String(now + this.leaseSeconds) }, expiresAt: { N: String(now + this.ttlSeconds) },
          },
          ConditionExpression:
            'attribute_not_exists(#key) OR #expiresAt <= :now OR (#state = :inFlight AND #leaseExpiresAt <= :now AND #fingerprint = :fingerprint)',
          ExpressionAttributeNames: { '#key': 'key', '#expiresAt': 'expiresAt', '#state': 'state', '#leaseExpiresAt': 'leaseExpiresAt', '#fingerprint': 'fingerprint' },
          ExpressionAttributeValues: { ':now': { N: String(now) }, ':inFlight': { S: 'in-flight' }, ':fingerprint': { S: fingerprint } },
        }));
        return { outcome: 'new', lease };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
      const { Item } = await this.client.send(new GetItemCommand({ TableName: this.tableName, Key: { key: { S: key } }, ConsistentRead: true }));
      const current = this.seconds();
      if (!Item || Number(Item.expiresAt?.N) <= current) continue;
      if (Item.fingerprint?.S !== fingerprint) return { outcome: 'mismatch' };
      if (Item.state?.S === 'completed') return { outcome: 'completed', response: JSON.parse(Item.response!.S!) as StoredResponse };
      if (Number(Item.leaseExpiresAt?.N) > current) return { outcome: 'in-flight' };
    }
    throw new Error('idempotency record kept changing; giving up');
  }

  async complete(key: string, lease: string, response: StoredResponse): Promise<boolean> {
    try {
      await this.client.send(new UpdateItemCommand({
        TableName: this.tableName,
        Key: { key: { S: key } },
        UpdateExpression: 'SET #state = :completed, #response = :response REMOVE #leaseExpiresAt',
        ConditionExpression: '#lease = :lease AND #state = :inFlight',
        ExpressionAttributeNames: { '#state': 'state', '#response': 'response', '#leaseExpiresAt': 'leaseExpiresAt', '#lease': 'lease' },
        ExpressionAttributeValues: { ':completed': { S: 'completed' }, ':response': { S: JSON.stringify(response) }, ':lease': { S: lease }, ':inFlight': { S: 'in-flight' } },
      }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async release(key: string, lease: string): Promise<void> {
    try {
      await this.client.send(new DeleteItemCommand({
        TableName: this.tableName,
        Key: { key: { S: key } },
        ConditionExpression: '#lease = :lease',
        ExpressionAttributeNames: { '#lease': 'lease' },
        ExpressionAttributeValues: { ':lease': { S: lease } },
      }));
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  private seconds(): number {
    return Math.floor(this.now() / 1000);
  }
}
