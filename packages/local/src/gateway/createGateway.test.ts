import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from '@forkcast/functions';
import { createJwtAuthorizer } from '../auth/createJwtAuthorizer';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey, type LocalSigningKey } from '../auth/localSigningKey';
import { createGateway, type Gateway, type RouteHandler } from './createGateway';

const issuer = 'http://localhost:test';
const seen: { event: APIGatewayProxyEventV2WithJWTAuthorizer; context: Context }[] = [];
let answer: unknown = { statusCode: 204 };

function route(method: Route['method'], path: string, auth: Route['auth'], operationId = `${method} ${path}`): Route {
  return { method, path, auth, operationId, summary: operationId, handler: 'things/handler' };
}

const handler: RouteHandler = async (event, context) => {
  seen.push({ event, context });
  return answer as never;
};

const routes = [
  route('GET', '/things/{id}', 'public', 'getThing'),
  route('GET', '/things/special', 'public', 'getSpecialThing'),
  route('POST', '/things', ['staff'], 'createThing'),
  route('PUT', '/files/{path+}', ['staff'], 'putFile'),
];

let dir: string;
let key: LocalSigningKey;
let gateway: Gateway;
let base: string;
let commands = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-gateway-'));
  key = await loadOrCreateSigningKey(join(dir, 'key.json'));
  gateway = createGateway({
    routes,
    loadHandler: async () => handler,
    authorize: createJwtAuthorizer({ jwks: [key.publicJwk], issuer }),
    jwks: [key.publicJwk],
    health: async () => ({ healthy: true }),
    afterCommand: () => commands++,
    accountId: '000000000000',
    region: 'us-east-1',
  });
  base = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await gateway.close();
  await rm(dir, { recursive: true, force: true });
});

const staffToken = () => issueToken({ key, issuer, sub: 'alice', role: 'staff', ttlSeconds: 60 });

describe('local API gateway', () => {
  it('builds a payload 2.0 event: route key, path and query parameters, lower-case headers, cookies, and a Lambda context', async () => {
    answer = { statusCode: 200, body: 'ok' };
    const response = await fetch(`${base}/things/a%20b?x=1&x=2&y=z`, { headers: { 'X-Custom': 'v', cookie: 'a=1; b=2' } });
    expect(response.status).toBe(200);
    const { event, context } = seen.at(-1)!;
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /things/{id}',
      rawPath: '/things/a%20b',
      rawQueryString: 'x=1&x=2&y=z',
      pathParameters: { id: 'a b' },
      queryStringParameters: { x: '1,2', y: 'z' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: false,
      requestContext: { routeKey: 'GET /things/{id}', stage: '$default', http: { method: 'GET', path: '/things/a%20b' } },
    });
    expect(event.headers['x-custom']).toBe('v');
    expect(event.headers.cookie).toBeUndefined();
    expect(event.requestContext.authorizer).toBeUndefined();
    expect(event.requestContext.time).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(context.functionName).toBe('forkcast-local-getThing');
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(context.getRemainingTimeInMillis()).toBeGreaterThan(20_000);
    expect(response.headers.get('apigw-requestid')).toBe(event.requestContext.requestId);
  });

  it('prefers a literal segment over a parameter, and matches greedy {path+}', async () => {
    answer = { statusCode: 204 };
    await fetch(`${base}/things/special`);
    expect(seen.at(-1)!.event.routeKey).toBe('GET /things/special');
    await fetch(`${base}/files/a/b/c.txt`, { method: 'PUT', headers: { authorization: `Bearer ${await staffToken()}` } });
    expect(seen.at(-1)!.event.pathParameters).toEqual({ path: 'a/b/c.txt' });
  });

  it('passes verified claims the way API Gateway flattens them, and base64-encodes binary bodies', async () => {
    answer = { statusCode: 201, body: '{}' };
    const before = commands;
    const response = await fetch(`${base}/things`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await staffToken()}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from([0, 1, 2, 255]),
    });
    expect(response.status).toBe(201);
    const { event } = seen.at(-1)!;
    expect(event.requestContext.authorizer.jwt.claims).toMatchObject({ sub: 'alice', 'cognito:groups': '[staff]', iss: issuer, aud: 'forkcast-api' });
    expect(typeof event.requestContext.authorizer.jwt.claims.exp).toBe('string');
    expect(event.requestContext.authorizer.jwt.scopes).toBeNull();
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body!, 'base64')).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(commands).toBe(before + 1);
  });

  it('maps structured results (headers, cookies, base64 bodies) and plain values as API Gateway does', async () => {
    answer = { statusCode: 202, headers: { 'X-Thing': '1' }, cookies: ['s=1; Path=/', 't=2'], body: Buffer.from('hello').toString('base64'), isBase64Encoded: true };
    let response = await fetch(`${base}/things/1`);
    expect(response.status).toBe(202);
    expect(response.headers.get('x-thing')).toBe('1');
    expect(response.headers.getSetCookie()).toEqual(['s=1; Path=/', 't=2']);
    expect(await response.text()).toBe('hello');
    answer = { hello: 'world' };
    response = await fetch(`${base}/things/1`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ hello: 'world' });
  });

  it('answers 404 and 405 (with Allow) itself, as problem+json', async () => {
    let response = await fetch(`${base}/nowhere`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    response = await fetch(`${base}/things`, { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ status: 405, title: 'Method Not Allowed' });
  });

  it('rejects missing, expired, foreign-audience and wrongly signed tokens with 401 before the handler runs', async () => {
    const other = await loadOrCreateSigningKey(join(dir, 'other-key.json'));
    const now = Math.floor(Date.now() / 1000);
    const tokens = [
      undefined,
      'not-a-jwt',
      await issueToken({ key, issuer, sub: 'a', role: 'staff', ttlSeconds: 60, now: now - 3600 }),
      await issueToken({ key, issuer, sub: 'a', role: 'staff', ttlSeconds: 60, audience: 'someone-else' }),
      await issueToken({ key, issuer: 'http://evil.example', sub: 'a', role: 'staff', ttlSeconds: 60 }),
      await issueToken({ key: { ...other, kid: key.kid }, issuer, sub: 'a', role: 'staff', ttlSeconds: 60 }),
    ];
    const count = seen.length;
    for (const token of tokens) {
      const response = await fetch(`${base}/things`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
    }
    expect(seen.length).toBe(count);
  });

  it('refuses bodies over 10 MB with 413 without calling the handler', async () => {
    const count = seen.length;
    const response = await fetch(`${base}/things`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await staffToken()}`, 'content-type': 'application/json' },
      body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
    }).catch((error: Error) => error);
    // The gateway may close the connection before the client finished sending.
    if (response instanceof Response) expect(response.status).toBe(413);
    expect(seen.length).toBe(count);
  });

  it('serves health and the JWKS', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0].kid).toBe(key.kid);
    expect(jwks.keys[0].d).toBeUndefined();
  });
});
