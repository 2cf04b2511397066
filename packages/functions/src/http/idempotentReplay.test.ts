import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
});

import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DomainError, DynamoIdempotencyStore, VersionConflictError } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import * as z from 'zod';
import { apiEvent, diner, staff, type ApiCall } from '../testing/apiEvent';
import { httpHandler } from './httpHandler';
import { jsonResponse } from './responses';
import { defineRoute, type Route } from './route';

const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const body = z.strictObject({ name: z.string(), tags: z.array(z.string()).optional() });
const createThing = defineRoute({ method: 'POST', path: '/things', operationId: 'createThing', summary: 'create', auth: ['staff', 'diner'], handler: 'things/createThing', request: { body } });
const createOpenThing = defineRoute({ method: 'POST', path: '/open-things', operationId: 'createOpenThing', summary: 'create', auth: 'public', handler: 'things/createOpenThing', request: { body } });

let dynalite: DynaliteHandle;
let clock = Date.parse('2026-01-01T00:00:00Z');
let store: DynamoIdempotencyStore;
beforeAll(async () => {
  dynalite = await startDynalite();
  store = new DynamoIdempotencyStore({ client: dynalite.client, tableName: dynalite.tables.idempotency, ttlSeconds: 24 * 3600, now: () => clock });
});
afterAll(() => dynalite?.stop());

/** A route whose work is `work`, counted, behind the real pipeline and store. */
function thing(work: (n: number) => Promise<APIGatewayProxyStructuredResultV2>, route: Route<any> = createThing) {
  let runs = 0;
  const handler = httpHandler(route, () => work(++runs), { idempotency: store });
  return {
    runs: () => runs,
    call: async (call: ApiCall) => {
      const response = await handler(apiEvent(route, call), context);
      return { ...response, json: response.body ? JSON.parse(response.body) : undefined };
    },
  };
}

const created = (n: number) => Promise.resolve(jsonResponse(201, { id: `thing-${n}` }, { etag: '"1"', location: `/things/thing-${n}` }));
let keys = 0;
const freshKey = () => `key-${++keys}`;

describe('Idempotency-Key on commands', () => {
  it('answers a retry with the first response (status, ETag, Location, body) without running again', async () => {
    const api = thing(created);
    const key = freshKey();
    const first = await api.call({ body: { name: 'a', tags: ['x'] }, claims: staff, headers: { 'idempotency-key': key, 'x-correlation-id': 'first' } });
    // Same JSON, other key order and spacing: the canonical body is the same request.
    const retry = await api.call({ body: '{ "tags": ["x"], "name": "a" }', claims: staff, headers: { 'idempotency-key': key, 'content-type': 'application/json', 'x-correlation-id': 'retry' } });
    expect(api.runs()).toBe(1);
    expect(retry.statusCode).toBe(201);
    expect(retry.json).toEqual({ id: 'thing-1' });
    expect(retry.headers).toMatchObject({ etag: '"1"', location: '/things/thing-1', 'idempotent-replayed': 'true', 'x-correlation-id': 'retry' });
    expect(first.headers).not.toHaveProperty('idempotent-replayed');
  });

  it('refuses the same key with another payload: 422 problem+json', async () => {
    const api = thing(created);
    const key = freshKey();
    await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    const other = await api.call({ body: { name: 'b' }, claims: staff, headers: { 'idempotency-key': key } });
    expect(other.statusCode).toBe(422);
    expect(other.headers?.['content-type']).toBe('application/problem+json');
    expect(other.json).toMatchObject({ type: 'urn:forkcast:problem:idempotency-key-reused', status: 422 });
    expect(api.runs()).toBe(1);
  });

  it('answers 409 problem+json to a retry while the first request still runs', async () => {
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => (finish = resolve));
    const api = thing(async (n) => (await gate, created(n)));
    const key = freshKey();
    const first = api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    await vi.waitFor(() => expect(api.runs()).toBe(1));
    const concurrent = await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    expect(concurrent.statusCode).toBe(409);
    expect(concurrent.json).toMatchObject({ type: 'urn:forkcast:problem:idempotency-key-in-use', status: 409 });
    finish();
    expect((await first).statusCode).toBe(201);
    expect((await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } })).json).toEqual({ id: 'thing-1' });
    expect(api.runs()).toBe(1);
  });

  it('scopes keys to the caller and the operation', async () => {
    const api = thing(created);
    const key = freshKey();
    await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    const otherCaller = await api.call({ body: { name: 'b' }, claims: diner, headers: { 'idempotency-key': key } });
    expect(otherCaller.statusCode).toBe(201);
    expect(otherCaller.json).toEqual({ id: 'thing-2' });
    const otherOperation = thing(created, { ...createThing, operationId: 'createOtherThing' });
    expect((await otherOperation.call({ body: { name: 'c' }, claims: staff, headers: { 'idempotency-key': key } })).statusCode).toBe(201);
  });

  it('forgets a key once it expires (24 h), even where no TTL sweeper deleted it', async () => {
    const api = thing(created);
    const key = freshKey();
    await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    clock += 23 * 3600_000;
    expect((await api.call({ body: { name: 'b' }, claims: staff, headers: { 'idempotency-key': key } })).statusCode).toBe(422);
    clock += 2 * 3600_000;
    const reused = await api.call({ body: { name: 'b' }, claims: staff, headers: { 'idempotency-key': key } });
    expect(reused.statusCode).toBe(201);
    expect(api.runs()).toBe(2);
  });

  it('does not keep a 5xx or a "try again" conflict as the answer: the retry runs again', async () => {
    const failures = [new TypeError('boom'), new VersionConflictError('thing-1', 3)];
    const api = thing(async (n) => {
      if (n <= failures.length) throw failures[n - 1];
      return created(n);
    });
    const key = freshKey();
    const call = () => api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    expect((await call()).statusCode).toBe(500);
    expect((await call()).json).toMatchObject({ type: 'urn:forkcast:problem:concurrent-modification' });
    expect((await call()).statusCode).toBe(201);
    expect((await call()).json).toEqual({ id: 'thing-3' });
    expect(api.runs()).toBe(3);
  });

  it('replays a 4xx the operation gave (a rule refused): the key names that outcome', async () => {
    const api = thing(async () => {
      throw new DomainError('thing-frozen', 'the thing is frozen');
    });
    const key = freshKey();
    const first = await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    const retry = await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } });
    expect(first.statusCode).toBe(409);
    expect(retry.statusCode).toBe(409);
    expect(retry.json).toEqual(first.json);
    expect(api.runs()).toBe(1);
  });

  it('stores nothing for a request the pipeline refused before running it (400, 401/403)', async () => {
    const api = thing(created);
    const key = freshKey();
    expect((await api.call({ body: { name: 1 }, claims: staff, headers: { 'idempotency-key': key } })).statusCode).toBe(400);
    expect((await api.call({ body: { name: 'a' }, headers: { 'idempotency-key': key } })).statusCode).toBe(401);
    expect((await api.call({ body: { name: 'a' }, claims: staff, headers: { 'idempotency-key': key } })).statusCode).toBe(201);
  });

  it('cannot scope the key of an anonymous caller, so it does not replay across callers it cannot tell apart', async () => {
    const api = thing(created, createOpenThing);
    const key = freshKey();
    await api.call({ body: { name: 'a' }, headers: { 'idempotency-key': key } });
    await api.call({ body: { name: 'b' }, headers: { 'idempotency-key': key } });
    expect(api.runs()).toBe(2);
  });

  it('refuses to build a command route without the store', () => {
    expect(() => httpHandler(createThing, () => created(1))).toThrow(/createThing: a command route needs deps.idempotency/);
  });
});
