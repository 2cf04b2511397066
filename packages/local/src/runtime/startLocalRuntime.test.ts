import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

// One runtime for the whole file, as a developer would keep one running.
let runtime: LocalRuntime;
let dir: string;
let staff: string;
let diner: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-runtime-'));
  runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0 });
  staff = await runtime.issueToken({ role: 'staff', sub: 'alice' });
  diner = await runtime.issueToken({ role: 'diner', sub: 'bob' });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

const restaurant = {
  name: 'Tasca do Teste',
  city: 'Testville',
  address: 'Rua do Teste 1, Testville',
  location: { lat: 38.71, lon: -9.14 },
  cuisines: ['Portuguese'],
  priceRange: 2,
};

function call(method: string, path: string, options: { token?: string; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Buffer | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return fetch(`${runtime.url}${path}`, { method, headers, body });
}

async function expectProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as Record<string, unknown>;
  expect(problem.status).toBe(status);
  return problem;
}

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the view did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('local runtime over HTTP', () => {
  it('answers /health with dynalite and change-feed status', async () => {
    const response = await call('GET', '/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', dynalite: { ok: true }, feed: { running: true } });
  });

  it('creates a restaurant as staff, and the city list shows it once the feed and projections ran', async () => {
    const created = await call('POST', '/restaurants', { token: staff, body: restaurant });
    expect(created.status).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: number };
    expect(version).toBe(1);
    expect(created.headers.get('etag')).toBe('"1"');

    const listed = await eventually(async () => {
      const page = (await (await call('GET', '/restaurants?city=Testville')).json()) as { items: { id: string; name: string }[] };
      return page.items.find((item) => item.id === id);
    });
    expect(listed.name).toBe(restaurant.name);
    const profile = await eventually(async () => {
      const response = await call('GET', `/restaurants/${id}`);
      return response.status === 200 ? ((await response.json()) as { name: string; status: string }) : undefined;
    });
    expect(profile).toMatchObject({ name: restaurant.name, status: 'listed' });
  });

  it('refuses a diner (403 from the handler) and a request without a token (401 from the gateway)', async () => {
    await expectProblem(await call('POST', '/restaurants', { token: diner, body: restaurant }), 403);
    await expectProblem(await call('POST', '/restaurants', { body: restaurant }), 401);
  });

  it('refuses expired, foreign-audience and foreign-key tokens with 401', async () => {
    const expired = await runtime.issueToken({ role: 'staff', sub: 'alice', ttlSeconds: 1 });
    const wrongAudience = await runtime.issueToken({ role: 'staff', sub: 'alice', audience: 'another-app' });
    const foreignKey = await issueToken({ key: await loadOrCreateSigningKey(join(dir, 'foreign.json')), issuer: runtime.url, sub: 'alice', role: 'staff', ttlSeconds: 600 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    for (const token of [expired, wrongAudience, foreignKey]) await expectProblem(await call('POST', '/restaurants', { token, body: restaurant }), 401);
  });

  it('maps bad bodies to 400, 415 and 413 problem+json', async () => {
    const invalid = await expectProblem(await call('POST', '/restaurants', { token: staff, raw: '{"name":', headers: { 'content-type': 'application/json' } }), 400);
    expect(invalid.detail).toMatch(/^The body is not valid JSON/);
    const outOfRange = await expectProblem(await call('POST', '/restaurants', { token: staff, body: { ...restaurant, priceRange: 9 } }), 400);
    expect(outOfRange.errors).toEqual([expect.objectContaining({ path: 'body.priceRange' })]);
    await expectProblem(await call('POST', '/restaurants', { token: staff, raw: JSON.stringify(restaurant), headers: { 'content-type': 'text/plain' } }), 415);
    const big = JSON.stringify({ ...restaurant, name: 'x'.repeat(300 * 1024) });
    await expectProblem(await call('POST', '/restaurants', { token: staff, raw: big, headers: { 'content-type': 'application/json' } }), 413);
  });

  it('answers 404 for an unknown restaurant or route and 405 for a known path with another method', async () => {
    await expectProblem(await call('GET', '/restaurants/restaurant-00000000000000000000000000'), 404);
    await expectProblem(await call('PATCH', '/restaurants/restaurant-00000000000000000000000000', { token: staff, body: { name: 'New' } }), 404);
    await expectProblem(await call('GET', '/no-such-route'), 404);
    const wrongMethod = await call('PUT', '/restaurants');
    await expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.get('allow')).toContain('POST');
  });

  it('answers 412 to a stale If-Match and 409 to delisting twice', async () => {
    const created = await call('POST', '/restaurants', { token: staff, body: { ...restaurant, name: 'Second Place' } });
    const { id } = (await created.json()) as { id: string };
    const updated = await call('PATCH', `/restaurants/${id}`, { token: staff, body: { name: 'Second Place, Renamed' }, headers: { 'if-match': '"1"' } });
    expect(updated.status).toBe(202);
    expect(updated.headers.get('etag')).toBe('"2"');
    await expectProblem(await call('PATCH', `/restaurants/${id}`, { token: staff, body: { name: 'Lost Update' }, headers: { 'if-match': '"1"' } }), 412);
    expect((await call('DELETE', `/restaurants/${id}`, { token: staff })).status).toBe(202);
    await expectProblem(await call('DELETE', `/restaurants/${id}`, { token: staff }), 409);
  });

  it('imports a file as a client would: POST /imports, PUT to the presigned URL, then GET /imports/{id}', async () => {
    const header = 'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
    const row = '990001,Upload Test Diner,1,Uploadton,"1 Upload Road, Uploadton",Centre,"Centre, Uploadton",77.1,28.6,"North Indian, Chinese",500,Indian Rupees(Rs.),No,No,No,No,2,3.9,Yellow,Good,12';
    await expectProblem(await call('POST', '/imports', { token: diner, body: { filename: 'list.csv' } }), 403);
    const created = await call('POST', '/imports', { token: staff, body: { filename: 'list.csv' } });
    expect(created.status).toBe(201);
    const { importId, uploadUrl, uploadHeaders } = (await created.json()) as { importId: string; uploadUrl: string; uploadHeaders: Record<string, string> };

    // The URL is the credential: a changed key or signature is refused as S3 would refuse it.
    const tampered = uploadUrl.replace('list.csv', 'other.csv');
    expect((await fetch(tampered, { method: 'PUT', body: 'x', headers: uploadHeaders })).status).toBe(403);
    const forged = uploadUrl.replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=' + '0'.repeat(64));
    expect((await fetch(forged, { method: 'PUT', body: 'x', headers: uploadHeaders })).status).toBe(403);

    const put = await fetch(uploadUrl, { method: 'PUT', body: `${header}\n${row}\n`, headers: uploadHeaders });
    expect(put.status).toBe(200);
    expect(put.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);

    const status = await eventually(async () => {
      const body = (await (await call('GET', `/imports/${importId}`, { token: staff })).json()) as { status: string; summary?: string };
      return body.status === 'completed' ? body : undefined;
    }, 20_000);
    expect(status.summary).toBe('imported 1, updated 0, unchanged 0, rejected 0');
    const listed = await eventually(async () => {
      const page = (await (await call('GET', '/restaurants?city=Uploadton')).json()) as { items: { name: string }[] };
      return page.items.find((item) => item.name === 'Upload Test Diner');
    }, 20_000);
    expect(listed).toBeDefined();

    // ImportRequested started the import's follow-up (ASL run by @forkcast/states), which waited on a
    // task token until the release policy saw the outcome, then told staff.
    const workflowList = (await (await call('GET', '/_local/workflows')).json()) as { name: string }[] | { workflows: { name: string }[] };
    expect(JSON.stringify(workflowList)).toContain('import-follow-up');
    const execution = await eventually(async () => {
      const { executions } = (await (await call('GET', '/_local/executions?workflow=import-follow-up')).json()) as { executions: { name: string }[] };
      for (const { name } of executions) {
        const described = (await (await call('GET', `/_local/executions/${name}`)).json()) as { name: string; status: string; input: string; output?: string };
        if (described.input.includes(`import-${importId}`) && described.status !== 'RUNNING') return described;
      }
      return undefined;
    }, 20_000);
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output!)).toEqual({ importId, status: 'completed', gaveUp: false });
    const history = (await (await call('GET', `/_local/executions/${execution.name}/history`)).json()) as unknown;
    expect(JSON.stringify(history)).toContain('ExecutionSucceeded');
    const outbox = await readdir(join(dir, 'outbox'));
    expect(outbox).toEqual([`${execution.name}.json`]);
  });

  it('applies the CORS config of @forkcast/functions: preflights answered by the gateway, Allow-Origin on responses', async () => {
    const preflight = await call('OPTIONS', '/restaurants', {
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    const created = await call('POST', '/restaurants', { token: staff, body: restaurant, headers: { origin: 'http://localhost:3000' } });
    expect(created.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(created.headers.get('access-control-expose-headers')).toContain('etag');
    const foreign = await call('OPTIONS', '/restaurants', { headers: { origin: 'https://elsewhere.test', 'access-control-request-method': 'POST' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});
