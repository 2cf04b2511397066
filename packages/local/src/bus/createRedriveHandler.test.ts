import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBridgeEvent } from '@forkcast/events';
import { createLocalBus } from './createLocalBus';
import { createRedriveHandler, redrivePathPrefix } from './createRedriveHandler';
import type { LocalBus, RedriveResult } from './localBus';

describe('POST /_local/redrive/{subscription}', () => {
  let bus: LocalBus;
  let server: Server;
  let base: string;
  let broken = true;

  beforeAll(async () => {
    bus = createLocalBus({
      subscriptions: [{
        id: 'views',
        pattern: { source: ['forkcast.restaurants'] },
        target: { kind: 'projection', name: 'views', load: async () => (e: EventBridgeEvent) => { if (broken) throw new Error(`no ${e.detail.id}`); } },
      }],
      retry: { maximumRetryAttempts: 0 },
    });
    await bus.publish({
      id: '01JH0000000000000000000001', stream: 'restaurant-1', version: 1, type: 'RestaurantListed', schemaVersion: 2,
      occurredAt: '2026-01-01T00:00:00.000Z', data: {}, meta: { actor: { id: 'u', role: 'staff' }, correlationId: 'c' },
    });
    await bus.drain();
    const handle = createRedriveHandler(bus);
    server = createServer((request, response) => void handle(request, response, new URL(request.url!, 'http://localhost')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${redrivePathPrefix}`;
  });
  afterAll(async () => {
    await bus.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (path: string, body?: string, contentType = 'application/json') =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('refuses other methods, other content types, bad bodies and unknown subscriptions', async () => {
    expect((await fetch(base + 'views')).status).toBe(405);
    expect((await post('views', '{}', 'text/plain')).status).toBe(415);
    expect((await post('views', '{"ids": "x"}')).status).toBe(400);
    expect((await post('views', 'not json')).status).toBe(400);
    const huge = await post('views', JSON.stringify({ ids: Array.from({ length: 3000 }, (_, i) => `01JH${String(i).padStart(22, '0')}`) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { detail: string }).detail).toContain('65536');
    const unknown = await post('nothing', '{}');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(((await unknown.json()) as { detail: string }).detail).toContain('no subscription nothing');
  });

  it('answers 400 with a clear reason for a null, array or scalar body and a path that is not UTF-8', async () => {
    for (const body of ['null', '[]', '42', '"ids"']) {
      const response = await post('views', body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { detail: string };
      expect(problem.detail).toBe('the body must be a JSON object, such as {"ids": ["<event id>"]} or {}');
    }
    const badPath = await post('%E0%A4%A', '{}');
    expect(badPath.status).toBe(400);
    expect(((await badPath.json()) as { detail: string }).detail).toContain('not percent-encoded UTF-8');
  });

  it('answers the redrive result: failures stay queued, successes leave the queue', async () => {
    const failed = (await (await post('views', '')).json()) as RedriveResult;
    expect(failed.failed.map((e) => e.attempts)).toEqual([2]);
    expect(await bus.dlq.list()).toHaveLength(1);

    broken = false;
    const response = await post('views', JSON.stringify({ ids: ['01JH0000000000000000000001'] }));
    expect(response.status).toBe(200);
    const result = (await response.json()) as RedriveResult;
    expect(result.delivered.map((e) => e.event.detail.id)).toEqual(['01JH0000000000000000000001']);
    expect(await bus.dlq.list()).toEqual([]);
  });
});
