import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimStreamOf, dinerStreamFor, foldProjection, onboardingProjection, type OnboardingTimings } from '@forkcast/core';
import type { Dependencies } from '@forkcast/functions';
import type { SentEmail } from '@forkcast/core';
import { readOutbox } from '../outbox/fileOutbox';
import { callRuntime } from '../testing/callRuntime';
import { claimVerificationEmail, requestClaimOverHttp } from '../testing/claimOverHttp';
import { eventually } from '../testing/eventually';
import { finishedExecution } from '../testing/finishedExecution';
import { listRestaurantOverHttp } from '../testing/listRestaurantOverHttp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from '../runtime/startLocalRuntime';

/**
 * The restaurant onboarding end to end: HTTP through the local gateway, the change feed and bus,
 * the ASL run by the local workflow engine. Waits are scaled down twice: the execution input's
 * timings (a "day" of 2 s) and the engine's clock (10x).
 */
const speed = 10;
const timings: OnboardingTimings = { verifyWithinSeconds: 600, contactRecheckSeconds: 600, contactChecks: 3, daySeconds: 2 };
/** Sends to these addresses fail twice, then go through (the step's Retry must carry it). */
const flakyPrefix = 'flaky-';

let dir: string;
let runtime: LocalRuntime;
let settings: Dependencies['settings'];
let staff: string;
const failures = new Map<string, number>();

function withTestMail(deps: Dependencies): Dependencies {
  settings = { ...deps.settings, onboarding: { ...timings } };
  return {
    ...deps,
    settings,
    mailer: {
      async send(message, key) {
        if (message.to.startsWith(flakyPrefix) && (failures.get(key) ?? 0) < 2) {
          failures.set(key, (failures.get(key) ?? 0) + 1);
          throw new Error('451 4.3.0 mail server temporarily unavailable');
        }
        return deps.mailer.send(message, key);
      },
    },
  };
}

const start = (dataDir: string, inMemory: boolean) =>
  startLocalRuntime({ dataDir, inMemory, port: 0, workflowSpeed: speed, feed: { pollIntervalMs: 50 }, dependencies: withTestMail });

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-onboarding-'));
  runtime = await start(dir, true);
  staff = await runtime.issueToken({ role: 'staff', sub: 'olga' });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
/** A restaurant whose name is user text with markup, to check the emails escape it. */
const listedRestaurant = (rt: LocalRuntime, token: string, contactEmail?: string) =>
  listRestaurantOverHttp(rt, token, `Tasca <b>${++counter}</b>`, { city: 'Claimville', ...(contactEmail ? { contact: { email: contactEmail, name: 'Manager' } } : {}) });

async function registeredDiner(rt: LocalRuntime, sub: string): Promise<string> {
  const token = await rt.issueToken({ role: 'diner', sub });
  const registered = await callRuntime(rt, 'POST', '/me', { token, body: { displayName: sub } });
  expect(registered.status).toBeLessThan(300);
  return token;
}

/** The email sent under `key` (the outbox shortens long file names, so it is found by its id). */
async function outbox(rt: LocalRuntime, key: string): Promise<SentEmail | undefined> {
  return (await readOutbox(join(rt.dataDir, 'outbox'))).find((m) => m.id === key);
}

interface Onboarding {
  claimId: string;
  restaurant: string;
  claimant: string;
  status: string;
  state: string;
  since: string;
  execution: string;
  history: { step: string; event: string; at: string }[];
  version: number;
}

const onboarding = (rt: LocalRuntime, claimId: string, status?: string) =>
  eventually(`onboarding ${claimId}${status ? ` ${status}` : ''}`, async () => {
    const response = await callRuntime(rt, 'GET', `/onboarding/${claimId}`, { token: staff });
    if (response.status !== 200) return undefined;
    const view = response.json as Onboarding;
    return !status || view.status === status ? view : undefined;
  });

async function restaurantOwners(rt: LocalRuntime, restaurant: string): Promise<{ claimId: string; owner: string }[]> {
  const events = await rt.store.readStream(restaurant);
  return events.flatMap((e) => (e.type === 'RestaurantClaimed' ? [e.data as { claimId: string; owner: string }] : []));
}

describe('restaurant onboarding over HTTP, on the local workflow engine', () => {
  let ownedRestaurant: string;

  it('a verified claim makes the diner the owner, then welcomes, trains and reminds them; staff see it in plain words', { timeout: 60_000 }, async () => {
    ownedRestaurant = await listedRestaurant(runtime, staff, 'owner@tasca.example');
    const diner = await registeredDiner(runtime, 'dora');
    const c = await requestClaimOverHttp(runtime, diner, ownedRestaurant);
    expect(c.execution).toBe(`onboard-${ownedRestaurant}-${c.claimId}`);

    const { email, token } = await claimVerificationEmail(runtime, c);
    expect(email.to).toBe('owner@tasca.example');
    // The restaurant's name is user text: escaped in the HTML part.
    expect(email.html).toContain('Tasca &lt;b&gt;');
    const waiting = await onboarding(runtime, c.claimId, 'awaiting-verification');
    expect(waiting.state).toBe('Waiting for the owner to verify');

    const listed = (await callRuntime(runtime, 'GET', '/onboarding?status=awaiting-verification', { token: staff })).json as { items: Onboarding[] };
    expect(listed.items.find((i) => i.claimId === c.claimId)).toMatchObject({ restaurant: ownedRestaurant, execution: c.execution, state: 'Waiting for the owner to verify' });

    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token: `${token}x` } })).status).toBe(403);
    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token } })).status).toBe(202);

    const done = await finishedExecution(runtime, c.execution);
    expect(done.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.output!)).toEqual({ claimId: c.claimId, outcome: 'onboarded' });
    const owners = await restaurantOwners(runtime, ownedRestaurant);
    expect(owners).toEqual([{ claimId: c.claimId, owner: dinerStreamFor('dora') }]);
    for (const email of ['welcome', 'training-1', 'training-3', 'training-7', 'specials-reminder']) {
      expect((await outbox(runtime, `${c.execution}-${email}`))?.to, email).toBe('owner@tasca.example');
    }

    const view = await onboarding(runtime, c.claimId, 'onboarded');
    expect(view.history.map((h) => h.step)).toEqual([
      'Claim requested', 'Verification link emailed to the restaurant contact', 'Owner verified', 'Owner recorded', 'Welcome email sent',
      'Day 1 lesson sent', 'Day 3 lesson sent', 'Day 7 lesson sent', 'Checked specials: none posted yet', 'Reminded the owner to post specials',
    ]);
    expect(view.state).toBe('Onboarded');
    // The view is the fold of the claim's events (a rebuild gives the same).
    const log = await runtime.store.readStream(claimStreamOf(c.claimId));
    const { version, ...live } = view;
    expect(live).toEqual(foldProjection(onboardingProjection, log));
    expect(version).toBe(log.at(-1)!.version);
  });

  it('refuses a claim of a restaurant that has an owner with 409', async () => {
    const other = await registeredDiner(runtime, 'oscar');
    const response = await callRuntime(runtime, 'POST', `/restaurants/${ownedRestaurant}/claims`, { token: other, body: {} });
    expect(response.status).toBe(409);
    expect(response.json.type).toMatch(/restaurant-already-claimed$/);
  });

  it('refuses a diner who has not registered', async () => {
    const restaurant = await listedRestaurant(runtime, staff, 'someone@tasca.example');
    const stranger = await runtime.issueToken({ role: 'diner', sub: 'not-registered' });
    const response = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/claims`, { token: stranger, body: {} });
    expect(response.status).toBe(409);
    expect(response.json.type).toMatch(/diner-not-registered$/);
  });

  it('resolves two simultaneous verified claims to exactly one owner; the other claim ends rejected', { timeout: 60_000 }, async () => {
    const restaurant = await listedRestaurant(runtime, staff, 'contested@tasca.example');
    const [a, b] = await Promise.all([registeredDiner(runtime, 'ana'), registeredDiner(runtime, 'bea')]);
    const claims = await Promise.all([requestClaimOverHttp(runtime, a, restaurant), requestClaimOverHttp(runtime, b, restaurant)]);
    const tokens = await Promise.all(claims.map((c) => claimVerificationEmail(runtime, c)));
    const verified = await Promise.all(claims.map((c, i) => callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token: tokens[i]!.token } })));
    expect(verified.map((r) => r.status)).toEqual([202, 202]);
    const ends = await Promise.all(claims.map((c) => finishedExecution(runtime, c.execution)));
    expect(ends.map((e) => e.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    const owners = await restaurantOwners(runtime, restaurant);
    expect(owners).toHaveLength(1);
    const outcomes = ends.map((e) => (JSON.parse(e.output!) as { outcome: string }).outcome).sort();
    expect(outcomes).toEqual(['onboarded', 'rejected']);
    const loser = claims.find((c) => c.claimId !== owners[0]!.claimId)!;
    expect((await onboarding(runtime, loser.claimId, 'rejected')).state).toBe('Rejected');
  });

  it('waits for staff to add a missing contact, then goes on', { timeout: 60_000 }, async () => {
    const restaurant = await listedRestaurant(runtime, staff);
    const diner = await registeredDiner(runtime, 'carla');
    const c = await requestClaimOverHttp(runtime, diner, restaurant);
    const waiting = await onboarding(runtime, c.claimId, 'awaiting-contact');
    expect(waiting.state).toBe('Waiting for staff to add the restaurant contact');
    const listed = (await callRuntime(runtime, 'GET', '/onboarding?status=awaiting-contact', { token: staff })).json as { items: Onboarding[] };
    expect(listed.items.map((i) => i.claimId)).toContain(c.claimId);
    // The workflow is parked on the wait (and would look again only after 60 s of real time).
    expect(runtime.workflows.describeExecution(c.execution).status).toBe('RUNNING');

    expect((await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/contacts`, { token: staff, body: { email: 'late@tasca.example' } })).status).toBe(201);
    const { email, token } = await claimVerificationEmail(runtime, c);
    expect(email.to).toBe('late@tasca.example');
    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token } })).status).toBe(202);
    expect((await finishedExecution(runtime, c.execution)).status).toBe('SUCCEEDED');
    expect((await restaurantOwners(runtime, restaurant)).map((o) => o.claimId)).toEqual([c.claimId]);
  });

  it('an email step that fails twice is retried by the workflow and then succeeds', { timeout: 60_000 }, async () => {
    const restaurant = await listedRestaurant(runtime, staff, `${flakyPrefix}mail@tasca.example`);
    const diner = await registeredDiner(runtime, 'fabio');
    const c = await requestClaimOverHttp(runtime, diner, restaurant);
    const { token } = await claimVerificationEmail(runtime, c);
    const history = runtime.workflows.getExecutionHistory(c.execution) as unknown as { type: string }[];
    expect(history.filter((e) => e.type === 'TaskFailed')).toHaveLength(2);
    expect([...failures.entries()].find(([key]) => key.startsWith(`${c.execution}-verify-`))?.[1]).toBe(2);
    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token } })).status).toBe(202);
    expect((await finishedExecution(runtime, c.execution)).status).toBe('SUCCEEDED');
  });

  it('lets staff cancel a claim: the execution ends and the link no longer works', { timeout: 30_000 }, async () => {
    const restaurant = await listedRestaurant(runtime, staff, 'cancel@tasca.example');
    const diner = await registeredDiner(runtime, 'celia');
    const c = await requestClaimOverHttp(runtime, diner, restaurant);
    const { token } = await claimVerificationEmail(runtime, c);
    const diners = await callRuntime(runtime, 'POST', `/claims/${c.claimId}/cancellation`, { token: diner, body: {} });
    expect(diners.status).toBe(403);
    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/cancellation`, { token: staff, body: { reason: 'the restaurant asked us to' } })).status).toBe(202);
    expect((await finishedExecution(runtime, c.execution)).status).toBe('ABORTED');
    expect((await onboarding(runtime, c.claimId, 'cancelled')).state).toBe('Cancelled');
    expect((await callRuntime(runtime, 'POST', `/claims/${c.claimId}/verification`, { body: { token } })).status).toBe(409);
    expect(await restaurantOwners(runtime, restaurant)).toEqual([]);
  });

  it('expires a claim nobody verifies in time and tells staff', { timeout: 30_000 }, async () => {
    settings.onboarding = { ...timings, verifyWithinSeconds: 10 };
    try {
      const restaurant = await listedRestaurant(runtime, staff, 'silent@tasca.example');
      const diner = await registeredDiner(runtime, 'edgar');
      const c = await requestClaimOverHttp(runtime, diner, restaurant);
      const done = await finishedExecution(runtime, c.execution);
      expect(JSON.parse(done.output!)).toEqual({ claimId: c.claimId, outcome: 'expired' });
      const told = await outbox(runtime, `${c.execution}-expired`);
      expect(told?.to).toBe('staff@forkcast.local');
      expect(told?.text).toContain(c.claimId);
      const view = await onboarding(runtime, c.claimId, 'expired');
      expect(view.history.at(-1)?.step).toBe('Claim expired: not verified in time');
      expect(await restaurantOwners(runtime, restaurant)).toEqual([]);
    } finally {
      settings.onboarding = { ...timings };
    }
  });
});

describe('restaurant onboarding across a restart of the local runtime', () => {
  it('completes from the verification after the runtime restarted while the execution waited for its token', { timeout: 90_000 }, async () => {
    const persisted = await mkdtemp(join(tmpdir(), 'forkcast-onboarding-restart-'));
    let rt = await start(persisted, false);
    try {
      const staffToken = await rt.issueToken({ role: 'staff', sub: 'olga' });
      const restaurant = await listedRestaurant(rt, staffToken, 'restart@tasca.example');
      const diner = await registeredDiner(rt, 'rita');
      const c = await requestClaimOverHttp(rt, diner, restaurant);
      const { token } = await claimVerificationEmail(rt, c);
      // The execution has recorded its task token: it is parked on the wait.
      await eventually('the recorded task token', async () =>
        (await rt.store.readStream(claimStreamOf(c.claimId))).some((e) => e.type === 'RestaurantClaimVerificationAwaited') || undefined);
      await rt.stop();

      rt = await start(persisted, false);
      expect(rt.workflows.describeExecution(c.execution).status).toBe('RUNNING');
      expect((await callRuntime(rt, 'POST', `/claims/${c.claimId}/verification`, { body: { token } })).status).toBe(202);
      const done = await finishedExecution(rt, c.execution);
      expect(done.status).toBe('SUCCEEDED');
      expect((await restaurantOwners(rt, restaurant)).map((o) => o.claimId)).toEqual([c.claimId]);
    } finally {
      await rt.stop();
      await rm(persisted, { recursive: true, force: true });
    }
  });
});
