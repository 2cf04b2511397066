import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { compilePattern, eventCatalog, PatternError, toEventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { startDynalite, type DynaliteHandle } from '../dynalite/startDynalite';
import { DynamoEventStore } from '../eventStore/dynamoEventStore';
import { fromEventItem } from '../eventStore/eventItem';
import { sampleLog } from '../testing/sampleLog';
import { writeLogDirect } from '../testing/writeLogDirect';
import { InvalidCursorError } from '../projections/viewCursor';
import { readLog, readLogPage } from './readLog';
import { decodeLogCursor, encodeLogCursor } from './logCursor';

const bus = { account: '000000000000', region: 'us-east-1' };
const start = Date.parse('2030-03-01T00:00:00Z');
let db: DynaliteHandle;
let store: DynamoEventStore;
let all: EventEnvelope[];

beforeAll(async () => {
  db = await startDynalite();
  store = new DynamoEventStore({ client: db.client });
  await writeLogDirect(db.client, 'Events', sampleLog({ start, days: 4, restaurants: 40, eventsPerRestaurant: 4 }));
  all = await scanAll();
});
afterAll(() => db.stop());

/** The whole table by Scan, upcast and in id order: what a query must agree with. */
async function scanAll(): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await db.client.send(new ScanCommand({ TableName: 'Events', ExclusiveStartKey: startKey }));
    for (const item of page.Items ?? []) events.push(eventCatalog.parse(fromEventItem(item)));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return events.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const collect = async (it: AsyncIterable<EventEnvelope>) => {
  const out: EventEnvelope[] = [];
  for await (const e of it) out.push(e);
  return out;
};

const patterns = [
  { 'detail-type': ['RestaurantDelisted'] },
  { source: ['forkcast.restaurants'], detail: { data: { priceRange: [{ numeric: ['>=', 3] }] } } },
  { detail: { data: { city: [{ prefix: 'Makati' }] } } },
  { detail: { meta: { actor: { id: ['staff-1'] } } }, 'detail-type': [{ 'anything-but': 'RestaurantListed' }] },
];

describe('readLog', () => {
  it.each(patterns)('selects exactly what the matcher selects from a direct scan: %j', async (pattern) => {
    const compiled = compilePattern(pattern);
    const expected = all.filter((e) => compiled.matches(toEventBridgeEvent(e, bus))).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    const got = await collect(readLog({ store, bus, query: { from: '2030-03-01', to: '2030-03-04', pattern: JSON.stringify(pattern) }, pageSize: 7 }));
    expect(got.map((e) => e.id)).toEqual(expected);
  });

  it('keeps to the time range and the stream', async () => {
    const from = '2030-03-02T06:00:00Z';
    const to = '2030-03-03';
    const stream = all[5]!.stream;
    const inRange = (e: EventEnvelope) => Date.parse(e.occurredAt) >= Date.parse(from) && Date.parse(e.occurredAt) < Date.parse('2030-03-04');
    expect((await collect(readLog({ store, bus, query: { from, to } }))).map((e) => e.id)).toEqual(all.filter(inRange).map((e) => e.id));
    const ofStream = await collect(readLog({ store, bus, query: { from: '2030-03-01', to: '2030-03-04', stream } }));
    expect(ofStream.map((e) => e.version)).toEqual(all.filter((e) => e.stream === stream).map((e) => e.version));
  });

  it('refuses a pattern EventBridge would refuse', async () => {
    await expect(collect(readLog({ store, bus, query: { from: '2030-03-01', to: '2030-03-01', pattern: '{"source": "not-an-array"}' } }))).rejects.toBeInstanceOf(PatternError);
  });

  it('pages through the range: bounded scans, every selected event once', async () => {
    const query = { from: '2030-03-01', to: '2030-03-04', pattern: '{"detail-type": ["RestaurantListed", "RestaurantDelisted"]}' };
    const pages: EventEnvelope[][] = [];
    let afterId: string | undefined;
    do {
      const page = await readLogPage({ store, bus, query, afterId, limit: 6, scanLimit: 20 });
      expect(page.events.length).toBeLessThanOrEqual(6);
      pages.push(page.events);
      afterId = page.lastId;
    } while (afterId);
    const expected = all.filter((e) => e.type === 'RestaurantListed' || e.type === 'RestaurantDelisted').map((e) => e.id);
    expect(pages.flat().map((e) => e.id)).toEqual(expected);
    expect(pages.some((p) => p.length < 6 && p !== pages.at(-1))).toBe(true);
  });
});

describe('log cursors', () => {
  it('round-trip for their query and fail for another or when edited', () => {
    const id = all[3]!.id;
    const cursor = encodeLogCursor('q1', id);
    expect(decodeLogCursor('q1', cursor)).toBe(id);
    expect(() => decodeLogCursor('q2', cursor)).toThrow(InvalidCursorError);
    expect(() => decodeLogCursor('q1', `${all[4]!.id}${cursor.slice(26)}`)).toThrow(InvalidCursorError);
    expect(() => decodeLogCursor('q1', 'nonsense')).toThrow(InvalidCursorError);
  });
});
