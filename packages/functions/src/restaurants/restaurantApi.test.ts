import { describe, expect, it, vi } from 'vitest';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoViewStore } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const { callApi, deliverToProjections } = useTestApi();
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
const problemType = 'application/problem+json';

async function create(overrides: Record<string, unknown> = {}) {
  const res = await callApi('listRestaurant', { body: { ...profile, ...overrides }, claims: staff });
  expect(res.statusCode).toBe(201);
  await deliverToProjections(res.json.stream);
  return res.json as { id: string; stream: string; version: number };
}

function expectProblem(res: { statusCode: number; headers: Record<string, string>; json: any }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toBe(problemType);
  expect(res.json).toEqual(expect.objectContaining({ type: expect.stringMatching(/^urn:forkcast:problem:/), title: expect.any(String), status, instance: expect.any(String) }));
}

describe('restaurant commands and queries', () => {
  it('creates, reads (ETag, 304), updates with If-Match and delists a restaurant', async () => {
    const created = await callApi('listRestaurant', { body: profile, claims: staff, headers: { 'x-correlation-id': 'corr-123' } });
    expect(created.statusCode).toBe(201);
    expect(created.json).toEqual({ id: expect.stringMatching(/^restaurant-/), stream: created.json.id, version: 1 });
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`/restaurants/${created.json.id}`);
    expect(created.headers['x-correlation-id']).toBe('corr-123');
    const id = created.json.id as string;
    await deliverToProjections(id);

    const got = await callApi('getRestaurant', { params: { id } });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.json).toEqual(expect.objectContaining({ id, name: profile.name, status: 'listed', version: 1, cuisines: profile.cuisines }));
    expect((await callApi('getRestaurant', { params: { id }, headers: { 'if-none-match': '"1"' } })).statusCode).toBe(304);

    const patched = await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'Le Grand Souffle' }, claims: staff, headers: { 'if-match': '"1"' } });
    expect(patched.statusCode).toBe(202);
    expect(patched.json).toEqual({ id, stream: id, version: 2 });
    expect(patched.headers.etag).toBe('"2"');

    const stale = await callApi('updateRestaurantProfile', { params: { id }, body: { priceRange: 2 }, claims: staff, headers: { 'if-match': '"1"' } });
    expectProblem(stale, 412);
    expect(stale.json.currentVersion).toBe(2);

    const delisted = await callApi('delistRestaurant', { params: { id }, query: { reason: 'closed for good' }, claims: staff });
    expect(delisted.statusCode).toBe(202);
    expect(delisted.json.version).toBe(3);
    await deliverToProjections(id);

    const after = await callApi('getRestaurant', { params: { id }, headers: { 'if-none-match': '"1"' } });
    expect(after.statusCode).toBe(200);
    expect(after.json).toEqual(expect.objectContaining({ name: 'Le Grand Souffle', status: 'delisted', delistedReason: 'closed for good', version: 3 }));

    expectProblem(await callApi('delistRestaurant', { params: { id }, claims: staff }), 409);
    expectProblem(await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'Again' }, claims: staff }), 409);
  });

  it('takes the delist reason from the body too', async () => {
    const { id } = await create();
    const res = await callApi('delistRestaurant', { params: { id }, body: { reason: 'owner asked' }, claims: staff });
    expect(res.statusCode).toBe(202);
    await deliverToProjections(id);
    expect((await callApi('getRestaurant', { params: { id } })).json.delistedReason).toBe('owner asked');
  });

  it('makes a retried POST with the same Idempotency-Key land on the same restaurant once', async () => {
    const headers = { 'idempotency-key': `key-${Date.now()}` };
    const first = await callApi('listRestaurant', { body: profile, claims: staff, headers });
    const second = await callApi('listRestaurant', { body: profile, claims: staff, headers });
    expect(first.statusCode).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(second.json.version).toBe(1);
  });

  it('pages restaurants of a city with a stable opaque cursor', async () => {
    const city = `Pageville ${Date.now()}`;
    for (const name of ['Cedar', 'Alder', 'Birch', 'Dogwood', 'Elm']) await create({ name, city });
    await create({ name: 'Elsewhere', city: 'Othertown' });

    const first = await callApi('listRestaurantsByCity', { query: { city, limit: '2' } });
    expect(first.statusCode).toBe(200);
    expect(first.json.items.map((i: { name: string }) => i.name)).toEqual(['Alder', 'Birch']);
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = await callApi('listRestaurantsByCity', { query: { city, limit: '2' } });
    expect(again.json.cursor).toBe(first.json.cursor);
    expect((await callApi('listRestaurantsByCity', { query: { city, limit: '2' }, headers: { 'if-none-match': first.headers.etag } })).statusCode).toBe(304);

    const second = await callApi('listRestaurantsByCity', { query: { city, limit: '2', cursor: first.json.cursor } });
    expect(second.json.items.map((i: { name: string }) => i.name)).toEqual(['Cedar', 'Dogwood']);
    const third = await callApi('listRestaurantsByCity', { query: { city, limit: '2', cursor: second.json.cursor } });
    expect(third.json.items.map((i: { name: string }) => i.name)).toEqual(['Elm']);
    expect(third.json.cursor).toBeUndefined();

    const all = await callApi('listRestaurantsByCity', { query: { city } });
    expect(all.json.items).toHaveLength(5);
  });
});

describe('problem+json for every bad request', () => {
  it('400: malformed JSON', async () => {
    const res = await callApi('listRestaurant', { body: '{"name": ', headers: { 'content-type': 'application/json' }, claims: staff });
    expectProblem(res, 400);
    expect(res.json.detail).toMatch(/not valid JSON/);
  });

  it('400: zod field issues, with paths', async () => {
    const res = await callApi('listRestaurant', { body: { ...profile, priceRange: 7, location: { lat: 100, lon: 0 } }, claims: staff });
    expectProblem(res, 400);
    expect(res.json.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'body.priceRange', message: expect.any(String) }),
      expect.objectContaining({ path: 'body.location.lat' }),
    ]));
  });

  it('400: fields a client may not set (stream, version) are refused', async () => {
    const res = await callApi('listRestaurant', { body: { ...profile, stream: 'restaurant-x', version: 9 }, claims: staff });
    expectProblem(res, 400);
    expect(JSON.stringify(res.json.errors)).toContain('stream');
  });

  it('400: an empty PATCH, a malformed If-Match, a bad Idempotency-Key', async () => {
    const { id } = await create();
    expectProblem(await callApi('updateRestaurantProfile', { params: { id }, body: {}, claims: staff }), 400);
    const ifMatch = await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'X' }, claims: staff, headers: { 'if-match': 'version one' } });
    expectProblem(ifMatch, 400);
    expect(ifMatch.json.errors).toEqual([expect.objectContaining({ path: 'header.if-match' })]);
    expectProblem(await callApi('listRestaurant', { body: profile, claims: staff, headers: { 'idempotency-key': 'has spaces in it' } }), 400);
  });

  it('400: query problems: no city, limit out of range, a cursor we never issued', async () => {
    const noCity = await callApi('listRestaurantsByCity', { query: { limit: '5' } });
    expectProblem(noCity, 400);
    expect(noCity.json.errors).toEqual([expect.objectContaining({ path: 'query.city' })]);
    expectProblem(await callApi('listRestaurantsByCity', { query: { city: 'X', limit: '0' } }), 400);
    expectProblem(await callApi('listRestaurantsByCity', { query: { city: 'X', limit: '101' } }), 400);
    const cursor = await callApi('listRestaurantsByCity', { query: { city: 'X', cursor: 'bm90LWEtY3Vyc29y' } });
    expectProblem(cursor, 400);
    expect(cursor.json.errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
  });

  it('400: text a reader would be misled by (controls, bidi overrides, lone surrogates, invisible text), with the field path', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'Tasca\u0000Nova' }, 'body.name'],
      [{ name: 'evil\u202Egnp.exe' }, 'body.name'],
      [{ name: '\u200B\u200D\u0301' }, 'body.name'],
      [{ city: 'Lis\u007Fbon' }, 'body.city'],
      [{ city: 'Porto\u2066' }, 'body.city'],
      [{ address: 'Rua \uD800 1' }, 'body.address'],
      [{ locality: 'Baixa\u0085' }, 'body.locality'],
      [{ cuisines: ['Portuguese', 'Fish\u202D'] }, 'body.cuisines.1'],
      [{ country: '\uFEFF' }, 'body.country'],
      [{ contact: { phone: '+351\u0000' } }, 'body.contact.phone'],
    ];
    for (const [fields, path] of cases) {
      const res = await callApi('listRestaurant', { body: { ...profile, ...fields }, claims: staff });
      expectProblem(res, 400);
      expect(res.json.errors, path).toEqual([expect.objectContaining({ path, message: expect.stringMatching(/control|bidirectional|surrogate|visible|empty/) })]);
    }
    const { id } = await create();
    const patched = await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'ok', locality: '\u2069' }, claims: staff });
    expectProblem(patched, 400);
    expect(patched.json.errors).toEqual([expect.objectContaining({ path: 'body.locality' })]);
    const delistBody = await callApi('delistRestaurant', { params: { id }, body: { reason: 'closed\u202E' }, claims: staff });
    expect(delistBody.json.errors).toEqual([expect.objectContaining({ path: 'body.reason' })]);
    const delistQuery = await callApi('delistRestaurant', { params: { id }, query: { reason: '\u0000' }, claims: staff });
    expect(delistQuery.json.errors).toEqual([expect.objectContaining({ path: 'query.reason' })]);
    const city = await callApi('listRestaurantsByCity', { query: { city: '\u200B' } });
    expect(city.json.errors).toEqual([expect.objectContaining({ path: 'query.city' })]);
    // A reason may span lines: that is text, not a control trick.
    expect((await callApi('delistRestaurant', { params: { id }, body: { reason: 'closed\nfor good' }, claims: staff })).statusCode).toBe(202);
  });

  it('400: an If-Match that is not the canonical tag of a version ("01" is not "1")', async () => {
    const { id } = await create();
    for (const tag of ['"01"', '"0"', '"+1"']) {
      const res = await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'X' }, claims: staff, headers: { 'if-match': tag } });
      expectProblem(res, 400);
      expect(res.json.errors).toEqual([expect.objectContaining({ path: 'header.if-match' })]);
    }
    expect((await callApi('updateRestaurantProfile', { params: { id }, body: { name: 'X' }, claims: staff, headers: { 'if-match': '"1"' } })).statusCode).toBe(202);
  });

  it('400 query.cursor, never 500: a cursor of another city, an edited one, and forged shapes', async () => {
    const lisbon = `Lisboa ${Date.now()}`;
    const porto = `Porto ${Date.now()}`;
    for (const city of [lisbon, porto]) for (const name of ['A', 'B']) await create({ name, city });
    const page = await callApi('listRestaurantsByCity', { query: { city: lisbon, limit: '1' } });
    const cursor = page.json.cursor as string;
    const [payload] = cursor.split('.');
    const forged = [
      cursor.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      Buffer.from(JSON.stringify({ pk: { S: '' }, ix: { S: '' }, ixSort: { S: '' } })).toString('base64url'),
      Buffer.from(JSON.stringify({ pk: { N: '1' }, ix: { S: 'x' }, ixSort: { B: 'eA==' } })).toString('base64url'),
      `${Buffer.from(JSON.stringify(['x'.repeat(1100), 'restaurant-1'])).toString('base64url')}.${'A'.repeat(16)}`,
      `${payload}.`,
    ];
    for (const bad of [cursor, ...forged]) {
      const res = await callApi('listRestaurantsByCity', { query: { city: bad === cursor ? porto : lisbon, limit: '1', cursor: bad } });
      expectProblem(res, 400);
      expect(res.json.errors).toEqual([expect.objectContaining({ path: 'query.cursor' })]);
    }
  });

  it('401: a staff route without a verified subject', async () => {
    const res = await callApi('listRestaurant', { body: profile });
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('403: a valid token without the route’s role', async () => {
    const res = await callApi('listRestaurant', { body: profile, claims: diner });
    expectProblem(res, 403);
    expectProblem(await callApi('createImport', { body: { filename: 'a.csv' }, claims: diner }), 403);
  });

  it('accepts the role among several groups, in API Gateway’s flattened form', async () => {
    const res = await callApi('listRestaurant', { body: profile, claims: { sub: 'both', 'cognito:groups': '[diner staff]' } });
    expect(res.statusCode).toBe(201);
  });

  it('404: unknown restaurant, or an id we could never have issued', async () => {
    expectProblem(await callApi('getRestaurant', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' } }), 404);
    expectProblem(await callApi('getRestaurant', { params: { id: 'no-such-thing' } }), 404);
    expectProblem(await callApi('updateRestaurantProfile', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { name: 'X' }, claims: staff }), 404);
    expectProblem(await callApi('delistRestaurant', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, claims: staff }), 404);
  });

  it('409: a domain rule refuses the command', async () => {
    const { id } = await create();
    await callApi('delistRestaurant', { params: { id }, claims: staff });
    const res = await callApi('delistRestaurant', { params: { id }, claims: staff });
    expectProblem(res, 409);
    expect(res.json.code).toBe('restaurant-already-delisted');
  });

  it('413: a body over 256 KB, measured in decoded bytes', async () => {
    const big = { ...profile, name: 'x'.repeat(300 * 1024) };
    expectProblem(await callApi('listRestaurant', { body: big, claims: staff }), 413);
    const base64 = Buffer.from(JSON.stringify(big)).toString('base64');
    expectProblem(await callApi('listRestaurant', { body: base64, isBase64Encoded: true, headers: { 'content-type': 'application/json' }, claims: staff }), 413);
    // Just under the limit once decoded, although its base64 form is larger: not 413.
    const small = Buffer.from(JSON.stringify({ ...profile, name: 'y'.repeat(200 * 1024) })).toString('base64');
    expect(small.length).toBeGreaterThan(256 * 1024);
    expect((await callApi('listRestaurant', { body: small, isBase64Encoded: true, headers: { 'content-type': 'application/json' }, claims: staff })).statusCode).toBe(400);
  });

  it('415: a body that is not JSON', async () => {
    const res = await callApi('listRestaurant', { body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' }, claims: staff });
    expectProblem(res, 415);
    expectProblem(await callApi('listRestaurant', { body: JSON.stringify(profile), claims: staff }), 415);
    expect((await callApi('listRestaurant', { body: JSON.stringify(profile), headers: { 'content-type': 'application/merge-patch+json; charset=utf-8' }, claims: staff })).statusCode).toBe(201);
  });

  it('500: an unexpected failure is logged and says nothing of it', async () => {
    // Each invocation has its own logger (no state shared between concurrent requests).
    const logged = vi.spyOn(Logger.prototype, 'error');
    const get = vi.spyOn(DynamoViewStore.prototype, 'get').mockRejectedValueOnce(new Error('secret table detail'));
    const res = await callApi('getRestaurant', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' } });
    get.mockRestore();
    expectProblem(res, 500);
    expect(res.body).not.toContain('secret');
    expect(logged).toHaveBeenCalledWith('unexpected error', expect.objectContaining({ error: expect.objectContaining({ message: 'secret table detail' }) }));
  });
});
