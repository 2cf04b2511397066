import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsConfig, type Route } from '@forkcast/functions';
import { createCorsPolicy } from './createCorsPolicy';
import { createGateway, type Gateway } from './createGateway';

const routes: Route[] = [
  { method: 'GET', path: '/things/{id}', auth: 'public', operationId: 'getThing', summary: 'get', handler: 'things/getThing' },
  { method: 'POST', path: '/things', auth: ['staff'], operationId: 'createThing', summary: 'create', handler: 'things/createThing' },
];
let invoked = 0;
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  gateway = createGateway({
    routes,
    loadHandler: async () => async () => {
      invoked++;
      // A handler's own CORS headers are dropped, as API Gateway drops them once CORS is configured.
      return { statusCode: 200, headers: { etag: '"3"', 'access-control-allow-origin': '*' }, body: '{}' };
    },
    authorize: async () => ({ ok: false, reason: 'no tokens in this test' }),
    jwks: [],
    health: async () => ({ healthy: true }),
    cors: corsConfig({ FORKCAST_CORS_ORIGINS: 'https://app.forkcast.test, http://localhost:5173' }, routes),
    accountId: '000000000000',
    region: 'us-east-1',
  });
  await gateway.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}`;
});
afterAll(() => gateway.close());

const preflight = (path: string, headers: Record<string, string>) => fetch(`${base}${path}`, { method: 'OPTIONS', headers });
const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS at the local gateway, as API Gateway HTTP APIs do it', () => {
  it('answers a preflight from an allowed origin itself: 204 with methods, headers and max-age, no handler run', async () => {
    const response = await preflight('/things', {
      origin: 'https://app.forkcast.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'Authorization, Content-Type, Idempotency-Key',
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.forkcast.test');
    expect(response.headers.get('access-control-allow-methods')!.split(',')).toEqual(['GET', 'POST']);
    expect(response.headers.get('access-control-allow-headers')!.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-correlation-id']),
    );
    expect(response.headers.get('access-control-max-age')).toBe('7200');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(invoked).toBe(0);
  });

  it('answers a preflight for a path with no route the same way (API Gateway answers before routing)', async () => {
    const response = await preflight('/nowhere', { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it.each([
    ['a disallowed origin', { origin: 'https://evil.test', 'access-control-request-method': 'POST' }],
    ['a method no route uses', { origin: 'https://app.forkcast.test', 'access-control-request-method': 'PUT' }],
    ['a header the API does not read', { origin: 'https://app.forkcast.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-debug' }],
  ])('gives no CORS headers to a preflight with %s', async (_case, headers) => {
    const response = await preflight('/things', headers);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual([]);
    expect(invoked).toBe(0);
  });

  it('adds Allow-Origin and the exposed headers to an actual response for an allowed origin only', async () => {
    const allowed = await fetch(`${base}/things/1`, { headers: { origin: 'https://app.forkcast.test' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.forkcast.test');
    expect(allowed.headers.get('access-control-expose-headers')!.split(',')).toEqual(expect.arrayContaining(['etag', 'location', 'x-correlation-id']));
    expect(allowed.headers.get('vary')).toMatch(/origin/i);

    const disallowed = await fetch(`${base}/things/1`, { headers: { origin: 'https://evil.test' } });
    expect(disallowed.status).toBe(200);
    expect(corsHeaders(disallowed)).toEqual([]);
    expect(corsHeaders(await fetch(`${base}/things/1`))).toEqual([]);
  });

  it("adds them to the gateway's own answers too, so a browser can read a 401 or 404", async () => {
    const unauthorized = await fetch(`${base}/things`, { method: 'POST', headers: { origin: 'https://app.forkcast.test' } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get('access-control-allow-origin')).toBe('https://app.forkcast.test');
    const missing = await fetch(`${base}/nowhere`, { headers: { origin: 'https://app.forkcast.test' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBe('https://app.forkcast.test');
  });

  it('routes an OPTIONS that is not a preflight as any other request (405 here)', async () => {
    expect((await fetch(`${base}/things`, { method: 'OPTIONS' })).status).toBe(405);
  });
});

describe('createCorsPolicy', () => {
  it('takes API Gateway origin wildcards: * for any origin, https://* for any https origin', () => {
    const any = createCorsPolicy(corsConfig({ FORKCAST_CORS_ORIGINS: '*' }, routes));
    expect(any.actual({ origin: 'https://anywhere.test' })['access-control-allow-origin']).toBe('*');
    const https = createCorsPolicy(corsConfig({ FORKCAST_CORS_ORIGINS: 'https://*' }, routes));
    expect(https.actual({ origin: 'https://app.test' })['access-control-allow-origin']).toBe('https://app.test');
    expect(https.actual({ origin: 'http://app.test' })['access-control-allow-origin']).toBeUndefined();
  });
});
