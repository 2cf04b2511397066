import { describe, expect, it } from 'vitest';
import { sampleRestaurant } from '@forkcast/core/testing';
import { staff } from '../testing/apiEvent';
import { loadHandlerModule } from '../testing/testApi';
import { useTestApi } from '../testing/useTestApi';
import { routes } from './routeTable';

const { callApi, deps } = useTestApi();
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
const otherStaff = { sub: 'staff-2', 'cognito:groups': '[staff]' };

describe('Idempotency-Key on the route table', () => {
  it('gives every command route of every context the store (building one without it fails)', async () => {
    const commands = routes.filter((r) => r.method !== 'GET');
    expect(commands.length).toBeGreaterThan(0);
    for (const route of commands) {
      const module = await loadHandlerModule<unknown>(route.handler);
      expect(() => module.build({ ...deps(), idempotency: undefined as never }), route.operationId).toThrow(/needs deps.idempotency/);
    }
  });

  it('answers a retried PATCH with its first response and appends nothing', async () => {
    const { json: listed } = await callApi('listRestaurant', { body: profile, claims: staff });
    const patch = { params: { id: listed.id }, body: { name: 'Second Name' }, claims: staff, headers: { 'idempotency-key': 'rename-1', 'if-match': '"1"' } };
    const first = await callApi('updateRestaurantProfile', patch);
    const retry = await callApi('updateRestaurantProfile', patch);
    expect(first.statusCode).toBe(202);
    expect(retry.statusCode).toBe(202);
    expect(retry.json).toEqual(first.json);
    expect(retry.headers.etag).toBe('"2"');
    expect(retry.headers.location).toBe(first.headers.location);
    // Without the replay, the retry's If-Match "1" would now be 412.
    expect(await deps().events.readStream(listed.stream)).toHaveLength(2);
  });

  it('answers a retried POST /imports with the same import, not a second one', async () => {
    const call = { body: { filename: 'pune.csv' }, claims: staff, headers: { 'idempotency-key': 'import-1' } };
    const first = await callApi('createImport', call);
    const retry = await callApi('createImport', call);
    expect(first.statusCode).toBe(201);
    expect(retry.json.importId).toBe(first.json.importId);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(await deps().events.readStream(`import-${first.json.importId}`)).toHaveLength(1);
    expect((await callApi('createImport', { ...call, body: { filename: 'goa.csv' } })).statusCode).toBe(422);
  });

  it("keeps another caller's same key apart", async () => {
    const call = { body: profile, headers: { 'idempotency-key': 'list-1' } };
    const mine = await callApi('listRestaurant', { ...call, claims: staff });
    const theirs = await callApi('listRestaurant', { ...call, claims: otherStaff });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json.stream).not.toBe(mine.json.stream);
  });
});
