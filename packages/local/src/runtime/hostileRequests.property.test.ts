import { request as httpRequest } from 'node:http';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeTextProblem } from '@forkcast/events';
import { routes } from '@forkcast/functions';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

// Hostile clients against the whole local runtime, over real sockets: whatever they send, the
// answer is never a 5xx or a stack trace, and the log only grows by commands that were accepted.

let runtime: LocalRuntime;
let staff: string;
let diner: string;
const logLines: string[] = [];
const issued: { city: string; cursor: string }[] = [];
const known: string[] = [];

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  runtime = await startLocalRuntime({ inMemory: true, port: 0, log: (line) => logLines.push(line) });
  staff = await runtime.issueToken({ role: 'staff', sub: 'mallory' });
  diner = await runtime.issueToken({ role: 'diner', sub: 'mallory-diner' });
  // Registered, so the diner routes' commands can be accepted, not only refused as unregistered.
  await send('POST', '/me', { authorization: `Bearer ${diner}`, 'content-type': 'application/json' }, JSON.stringify({ displayName: 'Mallory' }));
  for (const city of ['Lisbon', 'Porto']) {
    for (const name of ['Alfa', 'Bravo', 'Charlie']) {
      const response = await send('POST', '/restaurants', { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, JSON.stringify({ ...profile, name, city }));
      known.push((JSON.parse(response.body) as { id: string }).id);
    }
  }
  await runtime.settle();
  for (const city of ['Lisbon', 'Porto']) {
    const page = JSON.parse((await send('GET', `/restaurants?city=${city}&limit=1`)).body) as { cursor: string };
    issued.push({ city, cursor: page.cursor });
  }
}, 60_000);
afterAll(async () => {
  await runtime?.stop();
});

const profile = { name: 'Tasca', city: 'Lisbon', address: 'Rua 1', location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 2 };

interface Answer {
  status: number;
  body: string;
}

/** node:http sends the target and header bytes as given (latin1), so malformed ones really go out. */
function send(method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // An explicit length: Node's client sends a DELETE or OPTIONS body unframed, which no server can read.
    const framing = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const request = httpRequest({ host: '127.0.0.1', port: runtime.port, method, path: target, agent: false, headers: { ...headers, ...framing, connection: 'close' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', (error: Error & { rawPacket?: Buffer }) => reject(new Error(`${error.message}: ${JSON.stringify(error.rawPacket?.toString('latin1'))}`)));
    request.end(body);
  });
}

// Characters that have broken text handling somewhere, plus anything at all.
const nasty = fc.constantFrom(
  '\u0000', '\u0007', '\u007f', '\u0085', '\u009b', '\n', '\r\n', '\t', '\u2028', '\u202e', '\u202a', '\u2066', '\u2069', '\ud800', '\udfff', '\ufffe',
  '\u200b', '\u200d', '\ufeff', '\u0301', '\u3164', '\u2800', '\ufdfa'.repeat(120), '😀', 'é', '%', '%E0%A4%A', '%zz', '%00', '+', '&', '=', '#', '?', '/', '//', '..', '"', "'", '\\', '<script>',
  'null', '{}', '[]', '0', '-1', '1e400', 'x'.repeat(3000),
);
const hostileText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(nasty, fc.string({ maxLength: 5 })), { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('Lisbon', 'Porto', 'Tasca Nova', 'Portuguese') },
);

/** encodeURIComponent throws on an unpaired surrogate; those travel as U+FFFD. */
const wellFormed = (text: string) => text.replace(/\p{Cs}/gu, '\ufffd');

/** Node refuses to send characters outside latin1 or below 0x21 in a target; those go percent-encoded. */
const latin1Target = (text: string) => text.replace(/[^\u0021-\u00ff]/gu, (char) => encodeURIComponent(wellFormed(char)));
const latin1Header = (text: string) => text.replace(/[^\t\u0020-\u007e\u0080-\u00ff]/gu, (char) => encodeURIComponent(wellFormed(char)));

const segment = fc.oneof(
  fc.constantFrom(...(['restaurant-01JH0000000000000000000000', '01JH0000000000000000000000', '%E0%A4%A', '%', '%zz', '%2F', '..', '\xff\xfe', '%C0%AF'] as const)),
  { weight: 6, arbitrary: fc.constant('<known>') },
  hostileText.map((text) => encodeURIComponent(wellFormed(text))),
  hostileText.map(latin1Target),
);

const cursor = fc.oneof(
  fc.constantFrom('<lisbon>', '<porto>'),
  fc.tuple(fc.constantFrom('<lisbon>', '<porto>'), fc.nat(200), fc.string({ maxLength: 3 })).map(([which, at, insert]) => `${which}|${at}|${insert}`),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'.split('')), maxLength: 200 }),
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
);

const queryValue = fc.oneof(hostileText.map((text) => encodeURIComponent(wellFormed(text))), hostileText.map(latin1Target), cursor);
const queryName = fc.oneof(fc.constantFrom('city', 'limit', 'cursor', 'reason', 'city'), hostileText.map(latin1Target));
const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 });

const bodyValue = fc.oneof({ weight: 5, arbitrary: hostileText }, { weight: 5, arbitrary: fc.constantFrom('Lisboa', 'Tasca Nova', 'Rua Nova 1') }, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 }));
const body = fc.oneof(
  fc.constant(undefined),
  { weight: 4, arbitrary: fc.record({ name: fc.constantFrom('Tasca Nova', 'Café Ñ', '東京'), city: fc.constantFrom('Lisbon', 'Porto') }).map((fields) => JSON.stringify({ ...profile, ...fields })) },
  { weight: 6, arbitrary: fc.dictionary(fc.constantFrom('name', 'city', 'address', 'locality', 'country', 'cuisines', 'reason', 'priceRange', 'filename', 'stream'), bodyValue, { maxKeys: 4 })
    .map((fields) => JSON.stringify({ ...profile, ...fields })) },
  // A body valid for whichever route is picked (see shapedBody): with many routes, random bodies rarely fit one.
  { weight: 4, arbitrary: fc.constant('<shaped>') },
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.oneof(fc.constant('null'), fc.constant('{"name": '), fc.string({ unit: 'binary', maxLength: 40 })),
);

const headerValue = fc.oneof(hostileText.map(latin1Header), fc.constantFrom('"1"', '"01"', 'W/"1"', '*', '"1", "2"', 'application/json', 'application/json; charset=\xff', 'text/plain', '\xff\xfe', 'Bearer', 'Bearer x.y.z'));
/** Mostly absent, so that most requests get past the gateway and reach a handler. */
function rarely<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

const headers = fc.record(
  {
    authorization: fc.oneof({ weight: 5, arbitrary: fc.constant('<staff>') }, { weight: 1, arbitrary: headerValue }),
    'content-type': fc.oneof({ weight: 5, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: headerValue }),
    'if-match': rarely(headerValue),
    'if-none-match': rarely(headerValue),
    'idempotency-key': fc.oneof(fc.uuid(), rarely(headerValue)),
    'x-correlation-id': rarely(headerValue),
    cookie: rarely(headerValue),
  },
  { requiredKeys: [] },
).map((picked) => ({ authorization: '<staff>', 'content-type': 'application/json', ...picked }));

const hostileRequest = fc.record({
  operationId: fc.constantFrom(...routes.map((route) => route.operationId)),
  method: fc.oneof({ weight: 4, arbitrary: fc.constant('<route>') }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') }),
  segments: fc.array(segment, { minLength: 3, maxLength: 3 }),
  query: rarely(query),
  shape: fc.constantFrom('origin', 'origin', 'origin', 'double-slash', 'absolute', 'garbage-suffix'),
  suffix: hostileText.map(latin1Target),
  headers,
  body,
});

type HostileRequest = typeof hostileRequest extends fc.Arbitrary<infer T> ? T : never;

function realise(input: HostileRequest): { method: string; target: string; headers: Record<string, string>; body?: string } {
  const route = routes.find((candidate) => candidate.operationId === input.operationId)!;
  let index = 0;
  const path = route.path.replace(/\{[^}]+\}/g, () => {
    const value = input.segments[index++]!;
    return value === '<known>' ? known[index % known.length]! : value;
  });
  const pairs = (input.query ?? []).map(([name, value]) => `${name}=${realiseCursor(value)}`).join('&');
  let target = pairs ? `${path}?${pairs}` : path;
  if (input.shape === 'double-slash') target = `/${target}`;
  if (input.shape === 'absolute') target = `http://localhost${target}`;
  if (input.shape === 'garbage-suffix') target = `${target}${input.suffix}`;
  const sent: Record<string, string> = {};
  // '<staff>' is "a token the route accepts": diner-only routes get the diner's, so they reach their handlers too.
  const token = Array.isArray(route.auth) && !route.auth.includes('staff') ? diner : staff;
  for (const [name, value] of Object.entries(input.headers)) if (value !== undefined) sent[name] = value === '<staff>' ? `Bearer ${token}` : value;
  const body = input.body === '<shaped>' ? shapedBody(route.operationId) : input.body;
  return { method: input.method === '<route>' ? route.method : input.method, target, headers: sent, body };
}

/** A valid body for the route, so commands of every context get accepted, not only refused. */
function shapedBody(operationId: string): string {
  const today = new Date().toISOString().slice(0, 10);
  const bodies: Record<string, unknown> = {
    registerDiner: { displayName: 'Mallory' }, updateDinerProfile: { homeCity: 'Lisbon' },
    recordVisit: { visitedOn: today, overall: 2 }, correctVisit: { overall: 1 }, rateRestaurant: { stars: 4 },
    submitReview: { title: 'Fine', body: 'Fine food.', stars: 4 }, editReview: { stars: 3 }, shareReview: { network: 'link' },
    inviteFriend: { email: 'friend@example.org' }, drawContestWinner: { seed: 1 },
    updateRestaurantProfile: { name: 'Tasca Velha' }, delistRestaurant: { reason: 'closed' },
  };
  return JSON.stringify(bodies[operationId] ?? { ...profile, name: 'Tasca Nova', city: 'Lisbon' });
}

function realiseCursor(value: string): string {
  const [which, at, insert] = value.split('|');
  const issuedCursor = which === '<lisbon>' ? issued[0]!.cursor : which === '<porto>' ? issued[1]!.cursor : undefined;
  if (!issuedCursor) return value;
  if (at === undefined) return issuedCursor;
  const position = Number(at) % (issuedCursor.length + 1);
  return latin1Target(`${issuedCursor.slice(0, position)}${insert}${issuedCursor.slice(position + 1)}`);
}

/**
 * The log's events as `stream@version`. `callers` leaves out what policies and workflows appended
 * as the system (e.g. a submitted review's notification recording its outcome): no request answers those.
 */
async function logVersions(only: 'all' | 'callers' = 'all'): Promise<Set<string>> {
  const { Items = [] } = await runtime.dynamo.client.send(new ScanCommand({ TableName: runtime.dynamo.tables.events }));
  const appended = only === 'all' ? Items : Items.filter((item) => item.meta?.M?.actor?.M?.role?.S !== 'system');
  return new Set(appended.map((item) => `${item.stream!.S}@${item.version!.N}`));
}

const stackTrace = /\n\s+at |\bat .+\(.+:\d+:\d+\)|TypeError|URIError|SyntaxError: Unexpected/;

describe('the local runtime under hostile requests', () => {
  it('never answers 5xx or leaks a stack trace, and appends exactly one event per accepted command', async () => {
    const before = await logVersions();
    const statuses = new Map<number, number>();
    const acceptedVersions = new Set<string>();
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (input) => {
        const request = realise(input);
        const answer = await send(request.method, request.target, request.headers, request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body);
        if (answer.status >= 500 || answer.status < 100 || stackTrace.test(answer.body)) failures.push(`${answer.status} ${request.method} ${request.target}: ${answer.body.slice(0, 200)}`);
        expect(answer.status).toBeGreaterThanOrEqual(100);
        expect(answer.status).toBeLessThan(500);
        expect(answer.body).not.toMatch(stackTrace);
        if (request.method !== 'GET' && answer.status < 300 && /"stream":/.test(answer.body)) {
          const { stream, version } = JSON.parse(answer.body) as { stream: string; version: number };
          acceptedVersions.add(`${stream}@${version}`);
        }
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }),
      // 500: with the discovery GET routes in the table, 400 seeded draws reached only 5 accepted commands.
      { numRuns: 500, seed: Number(process.env.FC_SEED ?? 20_260_101), endOnFailure: true, ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) },
    );
    expect(failures).toEqual([]);
    // The run must reach the handlers, not only the gateway's refusals, to say anything about the log.
    expect(acceptedVersions.size, JSON.stringify([...statuses].sort())).toBeGreaterThan(5);
    await runtime.settle();
    // Every new event is the answer to an accepted command, and every answer names an event in the log
    // (a retried key or an update that changes nothing answers a version that was already there).
    const after = await logVersions();
    const afterByCallers = await logVersions('callers');
    expect([...afterByCallers].filter((version) => !before.has(version) && !acceptedVersions.has(version))).toEqual([]);
    expect([...acceptedVersions].filter((version) => !after.has(version))).toEqual([]);
    expect(logLines.filter((line) => stackTrace.test(line) || /failed:/.test(line))).toEqual([]);
  }, 60_000);

  it('stores no unsafe text: every string of every event in the log passes the text rules', async () => {
    const { Items = [] } = await runtime.dynamo.client.send(new ScanCommand({ TableName: runtime.dynamo.tables.events }));
    const problems: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (typeof value === 'string') {
        const problem = unsafeTextProblem(value, { multiline: path.endsWith('.reason') });
        if (problem) problems.push(`${path}: ${problem}`);
      } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}.${index}`));
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    };
    for (const item of Items) visit(unmarshall(item).data, 'data');
    expect(Items.length).toBeGreaterThan(6);
    expect(problems).toEqual([]);
  });

  it('answers every cursor that is not this query\'s own with a 400 query.cursor error', async () => {
    await fc.assert(
      fc.asyncProperty(cursor, fc.constantFrom('Lisbon', 'Porto', 'LISBON', 'Nowhere'), async (value, city) => {
        const text = realiseCursor(value);
        const answer = await send('GET', `/restaurants?city=${city}&limit=1&cursor=${text}`);
        expect(answer.status, text).toBeLessThan(500);
        // What the server reads: an edit can spell the issued cursor another way ("%41" for "A").
        const decode = (part: string): string | undefined => {
          try {
            return decodeURIComponent(part.replace(/\+/g, ' '));
          } catch {
            return undefined;
          }
        };
        const sentQuery = text.split('#')[0]!;
        const undecodable = sentQuery.split('&').flatMap((pair) => pair.split('=', 2)).some((part) => decode(part) === undefined);
        const read = decode(sentQuery.split('&')[0]!);
        const own = issued.find((entry) => entry.cursor === read && entry.city.toLowerCase() === city.toLowerCase());
        if (own) expect(answer.status).toBe(200);
        // The gateway refuses a target it cannot decode (an incomplete escape, or escaped bytes that are
        // not UTF-8 such as an edit that leaves "%C3" before a non-continuation byte) before any route reads it.
        else if (undecodable || /%(?![0-9A-Fa-f]{2})|[^\x21-\x7e]/.test(text)) expect(answer.status).toBe(400);
        else if (answer.status !== 200) expect(JSON.parse(answer.body)).toMatchObject({ status: 400, errors: [{ path: 'query.cursor' }] });
        // A 200 for a cursor that is not its own would mean a foreign cursor was honoured.
        else expect(own).toBeDefined();
      }),
      // The examples pin the escapes the gateway refuses, whatever the issued cursors' letters are this run.
      { numRuns: 200, seed: 7, examples: [['<lisbon>|0|%C3', 'Lisbon'], ['<porto>|5|%', 'Porto'], ['<lisbon>|3|%E2', 'LISBON']] },
    );
  }, 30_000);
});
