import { describe, expect, it } from 'vitest';
import { compilePattern, toEventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { sampleLog } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const log = sampleLog({ start: Date.parse('2031-01-10T00:00:00Z'), days: 3, restaurants: 30, eventsPerRestaurant: 3 }).sort((a, b) => (a.id < b.id ? -1 : 1));
const { callApi } = useTestApi({ log });

async function readAll(query: Record<string, string>): Promise<{ events: EventEnvelope[]; pages: number }> {
  const events: EventEnvelope[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const res = await callApi('getLog', { query: { ...query, ...(cursor ? { cursor } : {}) }, claims: staff });
    expect(res.statusCode).toBe(200);
    events.push(...res.json.items);
    cursor = res.json.cursor;
    pages += 1;
  } while (cursor);
  return { events, pages };
}

describe('GET /log', () => {
  it('pages through exactly the events the pattern selects, in time order', async () => {
    const pattern = { 'detail-type': ['RestaurantProfileUpdated'], detail: { data: { priceRange: [{ exists: true }] } } };
    const compiled = compilePattern(pattern);
    const expected = log.filter((e) => compiled.matches(toEventBridgeEvent(e, { account: '000000000000', region: 'us-east-1' })));
    const { events, pages } = await readAll({ from: '2031-01-10', to: '2031-01-12', pattern: JSON.stringify(pattern), limit: '5' });
    expect(events.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(events[0]).toEqual(expected[0]);
    expect(pages).toBeGreaterThan(2);
  });

  it('selects one stream', async () => {
    const stream = log[0]!.stream;
    const { events } = await readAll({ from: '2031-01-10', to: '2031-01-12', stream });
    expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4]);
  });

  it('answers 400 problems for a bad pattern, date, range or cursor, and 403 to a diner', async () => {
    const bad = async (query: Record<string, string>, path: string) => {
      const res = await callApi('getLog', { query, claims: staff });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toBe('application/problem+json');
      expect(res.json.errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await bad({ from: '2031-01-10', pattern: '{"source": "forkcast.restaurants"}' }, 'query.pattern');
    await bad({ from: 'last tuesday' }, 'query.from');
    await bad({ from: '2031-01-12', to: '2031-01-10' }, 'query.to');
    await bad({ from: '2020-01-01', to: '2031-01-10' }, 'query.to');
    const first = await callApi('getLog', { query: { from: '2031-01-10', to: '2031-01-12', limit: '2' }, claims: staff });
    await bad({ from: '2031-01-10', to: '2031-01-11', limit: '2', cursor: first.json.cursor }, 'query.cursor');
    expect((await callApi('getLog', { query: { from: '2031-01-10' }, claims: diner })).statusCode).toBe(403);
  });
});
