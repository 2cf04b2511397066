import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import type { DeadLetter } from './deadLetter';
import type { LocalBus } from './localBus';
import { createDeadLetterHandler } from './createDeadLetterHandler';

const letter = { subscriptionId: 'restaurants.profile', target: 'restaurants/project', event: { id: 'ev-1' }, error: { name: 'Error', message: 'boom' }, attempts: 3 } as unknown as DeadLetter;
// Only what the handler reads of the bus.
const bus = {
  subscriptions: [
    { id: 'restaurants.profile', target: { kind: 'projection', name: 'restaurantProfile' } },
    { id: 'imports.followUp', target: { kind: 'workflow', name: 'import-follow-up' } },
  ],
  dlq: { list: async () => [letter] },
} as unknown as LocalBus;
const authorize = async (header: string | undefined): Promise<AuthorizerResult> =>
  header === 'Bearer staff' ? { ok: true, claims: { sub: 'alice', 'cognito:groups': 'staff' } } : header === 'Bearer diner' ? { ok: true, claims: { sub: 'bob', 'cognito:groups': 'diner' } } : { ok: false, reason: 'no token' };

let server: Server;
let base: string;
beforeAll(async () => {
  const handle = createDeadLetterHandler({ bus, authorize });
  server = createServer((req, res) => void handle(req, res, new URL(req.url!, 'http://x')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('GET /_local/dead-letters', () => {
  it('lists every subscription with its own dead letters, for staff only', async () => {
    const response = await fetch(`${base}/_local/dead-letters`, { headers: { authorization: 'Bearer staff' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      subscriptions: [
        { id: 'restaurants.profile', target: { kind: 'projection', name: 'restaurantProfile' }, deadLetters: [letter] },
        { id: 'imports.followUp', target: { kind: 'workflow', name: 'import-follow-up' }, deadLetters: [] },
      ],
    });
    expect((await fetch(`${base}/_local/dead-letters`)).status).toBe(401);
    expect((await fetch(`${base}/_local/dead-letters`, { headers: { authorization: 'Bearer diner' } })).status).toBe(403);
    expect((await fetch(`${base}/_local/dead-letters`, { method: 'POST', headers: { authorization: 'Bearer staff' } })).status).toBe(405);
  });
});
