import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
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
const logLines: string[] = [];

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
    log: (line) => logLines.push(line),
    accountId: '000000000000',
    region: 'us-east-1',
  });
  base = `http://127.0.0.1:${await gateway.listen(0, '127.0.0.1')}`;
});
afterAll(async () => {
  await gateway.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends bytes as they are (fetch and node:http would normalise or refuse a malformed target) and reads the answer. */
function raw(request: string | Buffer, port = Number(new URL(base).port)): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head, body });
    });
    socket.end(typeof request === 'string' ? Buffer.from(request, 'latin1') : request);
  });
}

const get = (target: string, headers = '') => raw(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`);

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

describe('local API gateway, given malformed requests', () => {
  it('answers 400 problem+json, never 500, for targets new URL or decodeURIComponent would throw on', async () => {
    const before = seen.length;
    for (const target of ['//', '///', '/things/%E0%A4%A', '/things/%zz', '/things/1%', '/things/1?x=%E0%A4%A', '/things/1?x=%', '/things/1?%ff=1', 'things/1', '*', 'ftp://x/things/1']) {
      const response = await get(target);
      expect(response.status, target).toBe(target === '//' || target === '///' ? 404 : 400);
      expect(response.headers).toMatch(/content-type: application\/problem\+json/i);
      expect(JSON.parse(response.body)).toMatchObject({ type: 'about:blank', status: response.status });
    }
    expect(seen.length).toBe(before);
    expect(logLines.join('\n')).not.toMatch(/failed|\n\s+at /);
  });

  it('takes an absolute-form target for its path and query (RFC 9112 §3.2.2)', async () => {
    answer = { statusCode: 200, body: 'ok' };
    expect((await get('http://example.org/things/a%20b?x=1')).status).toBe(200);
    expect(seen.at(-1)!.event).toMatchObject({ rawPath: '/things/a%20b', pathParameters: { id: 'a b' }, queryStringParameters: { x: '1' } });
    expect((await get('http://example.org?x=1')).status).toBe(404);
  });

  it('refuses raw non-ASCII bytes in the target and header values that are not UTF-8, and passes UTF-8 header text decoded', async () => {
    const before = seen.length;
    expect((await get('/things/\xff\xfe')).status).toBe(400);
    expect((await get('/things/1?city=\xe9')).status).toBe(400);
    expect((await get('/things/1', 'X-Custom: \xff\xfe\r\n')).status).toBe(400);
    expect(seen.length).toBe(before);
    answer = { statusCode: 204 };
    expect((await get('/things/1', `X-Custom: ${Buffer.from('São Paulo').toString('latin1')}\r\n`)).status).toBe(204);
    expect(seen.at(-1)!.event.headers['x-custom']).toBe('São Paulo');
  });

  it('logs one short line, and sends nothing, when a client aborts mid-body', async () => {
    const before = seen.length;
    const lines = logLines.length;
    const token = await staffToken();
    await new Promise<void>((resolve) => {
      const socket = connect(Number(new URL(base).port), '127.0.0.1', () => {
        socket.write(`POST /things HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"half":`);
        setTimeout(() => socket.destroy(), 50);
      });
      socket.on('close', () => resolve());
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logged = logLines.slice(lines);
    expect(logged).toEqual([expect.stringMatching(/^POST \/things the client aborted after \d+ bytes of the body; not answered$/)]);
    expect(seen.length).toBe(before);
  });
});
