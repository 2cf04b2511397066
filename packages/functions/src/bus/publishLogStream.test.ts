import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { toEventItem } from '@forkcast/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { build } from './publishLogStream';

const eventBridge = mockClient(EventBridgeClient);
beforeEach(() => eventBridge.reset());

const publish = build({ eventBridge: new EventBridgeClient({ region: 'us-east-1' }), busName: 'forkcast-test' });

function envelope(version: number) {
  return {
    id: `01JD0000000000000000000${String(version).padStart(3, '0')}`,
    stream: 'restaurant-01JD00000000000000000000AA',
    version,
    type: 'RestaurantDelisted',
    schemaVersion: 1,
    occurredAt: '2026-12-01T10:00:00.000Z',
    data: { reason: `closed ${version}` },
    meta: { actor: { id: 'alice', role: 'staff' as const }, correlationId: 'c-1' },
  };
}

function insert(version: number): DynamoDBRecord {
  return {
    eventName: 'INSERT',
    dynamodb: { SequenceNumber: `seq-${version}`, NewImage: toEventItem(envelope(version)) as any },
  };
}

const streamEvent = (records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });
const sentEntries = () => eventBridge.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries ?? []);

describe('publishLogStream', () => {
  it('publishes each appended event with its type as detail-type, the catalog source and the envelope unchanged', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e1' }] });
    const result = await publish(streamEvent([insert(1)]));
    expect(result).toEqual({ batchItemFailures: [] });
    const [[entry]] = sentEntries();
    expect(entry).toMatchObject({ EventBusName: 'forkcast-test', Source: 'forkcast.restaurants', DetailType: 'RestaurantDelisted' });
    // The `day` attribute is the log's index key, not part of the envelope.
    expect(JSON.parse(entry!.Detail!)).toEqual(envelope(1));
    expect(entry!.Time).toEqual(new Date('2026-12-01T10:00:00.000Z'));
  });

  it('sends at most ten entries per call, in stream order', async () => {
    eventBridge.on(PutEventsCommand).callsFake((input) => ({ FailedEntryCount: 0, Entries: input.Entries.map(() => ({ EventId: 'x' })) }));
    await publish(streamEvent(Array.from({ length: 23 }, (_, i) => insert(i + 1))));
    const calls = sentEntries();
    expect(calls.map((c) => c.length)).toEqual([10, 10, 3]);
    expect(calls.flat().map((e) => JSON.parse(e.Detail!).version)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('ignores changes that are not appends', async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    const result = await publish(streamEvent([{ eventName: 'REMOVE', dynamodb: { SequenceNumber: 's', OldImage: toEventItem(envelope(1)) as any } }]));
    expect(result).toEqual({ batchItemFailures: [] });
    expect(sentEntries()).toEqual([]);
  });

  it('stops at the first refused entry and reports it, so the shard is retried from there in order', async () => {
    eventBridge.on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 0, Entries: Array.from({ length: 10 }, () => ({ EventId: 'ok' })) })
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ EventId: 'ok' }, { ErrorCode: 'ThrottlingException', ErrorMessage: 'slow down' }, { EventId: 'ok' }] });
    const result = await publish(streamEvent(Array.from({ length: 25 }, (_, i) => insert(i + 1))));
    // Entries 1-11 went out; 12 was refused: Lambda resends from 12, and the third chunk was never sent.
    expect(result).toEqual({ batchItemFailures: [{ itemIdentifier: 'seq-12' }] });
    expect(sentEntries()).toHaveLength(2);
  });

  it('fails the whole batch when the call itself fails (Lambda bisects and retries it)', async () => {
    eventBridge.on(PutEventsCommand).rejects(new Error('network down'));
    await expect(publish(streamEvent([insert(1)]))).rejects.toThrow('network down');
  });
});
