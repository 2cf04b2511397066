import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from 'aws-lambda';
import type { StoredView, ViewPage, ViewStore } from '@forkcast/core';
import { getRestaurantRoute, listRestaurantsByCityRoute } from '../restaurants/restaurantsRoutes';
import { build as getRestaurant } from '../restaurants/getRestaurant';
import { build as listRestaurantsByCity } from '../restaurants/listRestaurantsByCity';
import { apiEvent } from '../testing/apiEvent';

/**
 * The local runtime runs concurrent invocations through one built handler module, which Lambda
 * never does. Nothing of one invocation (metrics dimensions, log keys) may reach another.
 */
describe('concurrent invocations', () => {
  let lines: Record<string, unknown>[];
  let write: { mockRestore: () => void };
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.POWERTOOLS_METRICS_DISABLED = 'false';
    process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
    lines = [];
    write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const line of String(chunk).split('\n')) if (line.startsWith('{')) lines.push(JSON.parse(line) as Record<string, unknown>);
      return true;
    });
  });
  afterEach(() => {
    write.mockRestore();
    process.env = { ...saved };
  });

  it('keep their own metrics dimensions and correlation ids', async () => {
    let releaseSlowRead!: () => void;
    const slowRead = new Promise<void>((resolve) => (releaseSlowRead = resolve));
    const views: ViewStore = {
      // The profile read waits until the other request has finished, so the two interleave.
      async get<View>(): Promise<StoredView<View> | undefined> {
        await slowRead;
        return undefined;
      },
      async query<View>(): Promise<ViewPage<View>> {
        return { items: [] };
      },
      put: async () => true,
    };
    const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 1000 } as unknown as Context;
    const slow = getRestaurant({ views })(apiEvent(getRestaurantRoute, { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, headers: { 'x-correlation-id': 'corr-slow' } }), context);
    await new Promise((resolve) => setImmediate(resolve));
    const fast = await listRestaurantsByCity({ views })(apiEvent(listRestaurantsByCityRoute, { query: { city: 'Lisbon' }, headers: { 'x-correlation-id': 'corr-fast' } }), context);
    releaseSlowRead();
    expect([(await slow).statusCode, fast.statusCode]).toEqual([404, 200]);

    const emf = lines.filter((l) => '_aws' in l);
    expect(emf.map((m) => [m.operation, 'Rejected' in m ? 'Rejected' : 'Succeeded' in m ? 'Succeeded' : '?']).sort()).toEqual([
      ['getRestaurant', 'Rejected'],
      ['listRestaurantsByCity', 'Succeeded'],
    ]);
    for (const m of emf) {
      const dimensions = (m._aws as { CloudWatchMetrics: { Dimensions: string[][] }[] }).CloudWatchMetrics[0]!.Dimensions;
      expect(dimensions.flat().filter((d) => d === 'operation')).toHaveLength(1);
    }
    const rejected = lines.filter((l) => l.message === 'request rejected');
    expect(rejected).toEqual([expect.objectContaining({ correlation_id: 'corr-slow', status: 404 })]);
    expect(lines.some((l) => String(l.message ?? '').includes('already been added'))).toBe(false);
  });
});
