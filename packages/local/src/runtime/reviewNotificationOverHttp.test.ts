import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCommand, restaurantDecider, verifyClaimInvitation, verifyLinkToken } from '@forkcast/core';
import { toEventBridgeEvent } from '@forkcast/events';
import { functionsSourceUrl } from '../handlers/functionsSource';
import { readOutbox } from '../outbox/fileOutbox';
import { callRuntime } from '../testing/callRuntime';
import { eventually } from '../testing/eventually';
import { listRestaurantOverHttp } from '../testing/listRestaurantOverHttp';
import { mailTo as mailOf } from '../testing/mailTo';
import { signUpDiner } from '../testing/signUpDiner';
import { localWorkflows } from '../workflows/localWorkflows';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

// Waits scaled down: the engine runs 50 times faster than real time, and the restaurant gets 600
// (engine) seconds to answer, 12 real ones: long enough for an answer under load, short for a timeout.
const speed = 50;
const waitSeconds = 600;

let runtime: LocalRuntime;
let dir: string;
let staff: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-review-notification-'));
  runtime = await startLocalRuntime({
    dataDir: dir, inMemory: true, port: 0, workflowSpeed: speed, reviewResponseWaitSeconds: waitSeconds, feed: { pollIntervalMs: 50 },
  });
  staff = await runtime.issueToken({ role: 'staff', sub: 'staff-alice' });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

const call = (method: string, path: string, options: { token?: string; body?: unknown } = {}) => callRuntime(runtime, method, path, options);
const signUp = (name: string, email?: string) => signUpDiner(runtime, name, email);
const listRestaurant = (name: string) => listRestaurantOverHttp(runtime, staff, name, { city: 'Reviewton' });

async function submitReview(restaurant: string, token: string, title: string): Promise<string> {
  const submitted = await call('POST', `/restaurants/${restaurant}/reviews`, { token, body: { title, body: 'The <b>clams</b> & the bread were "perfect".', stars: 5 } });
  expect(submitted.status).toBe(201);
  return submitted.json.id as string;
}

const journeyOf = async (review: string) => (await runtime.store.readStream(review)).map((e) => e.type);
const eventOf = async (review: string, type: string) => (await runtime.store.readStream(review)).find((e) => e.type === type);

/** The execution named after the review, once it is no longer RUNNING (read through the local console API). */
async function finished(review: string): Promise<{ status: string; output?: string; error?: string }> {
  return eventually(`the notification of ${review} to finish`, async () => {
    const described = await call('GET', `/_local/executions/${review}`);
    return described.status === 200 && described.json.status !== 'RUNNING' ? (described.json as { status: string; output?: string }) : undefined;
  }, 60_000);
}

const mailTo = (to: string) => mailOf(runtime, to);

describe('the review notification, end to end on the local runtime', () => {
  it('emails the owner a signed link to respond, and tells the reviewer when the owner answers', async () => {
    const restaurant = await listRestaurant('Tasca da Dona');
    const owner = await signUp('Olga', `olga-${ulid()}@tasca.example`.toLowerCase());
    await handleCommand({
      store: runtime.store, decider: restaurantDecider, stream: restaurant,
      command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: owner.stream } },
      actor: { id: 'claims', role: 'system' }, correlationId: 'claim',
    });
    const reviewerEmail = `rui-${ulid()}@diners.example`.toLowerCase();
    const reviewer = await signUp('Rui', reviewerEmail);
    const review = await submitReview(restaurant, reviewer.token, 'Clams to <script>remember</script>');

    // The owner's email: the review (escaped in HTML) and a link whose token answers this review only.
    const ownerEmail = owner.email!;
    const [toOwner] = await eventually('the email to the owner', async () => ((await mailTo(ownerEmail)).length > 0 ? mailTo(ownerEmail) : undefined));
    expect(toOwner!.subject).toBe('New review of Tasca da Dona: Clams to <script>remember</script>');
    expect(toOwner!.html).toContain('Clams to &lt;script&gt;remember&lt;/script&gt;');
    expect(toOwner!.html).not.toContain('<script>');
    const link = new URL(/Answer the review: (\S+)/.exec(toOwner!.text)![1]!);
    expect(`${link.origin}${link.pathname}`).toBe(`https://forkcast.example/reviews/${review}/respond`);
    const secret = (await readFile(join(dir, 'keys', 'link-secret'), 'utf8')).trim();
    expect(await verifyLinkToken(secret, link.searchParams.get('token')!, 'respond-to-review')).toEqual({ purpose: 'respond-to-review', subject: review });
    await expect(verifyLinkToken(secret, link.searchParams.get('token')!, 'verify-claim')).rejects.toThrow(/not valid/);
    expect((await eventOf(review, 'ReviewOwnerNotified'))?.data).toEqual({ owner: owner.stream, emailed: true });

    // The owner answers through the API once the notification waits for it.
    await eventually('the wait for an answer', async () => ((await journeyOf(review)).includes('ReviewResponseAwaited') ? true : undefined));
    const answered = await call('PUT', `/reviews/${review}/response`, { token: owner.token, body: { body: 'Obrigada! Come back for the <i>percebes</i>.' } });
    expect(answered.status).toBe(201);

    const execution = await finished(review);
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output!)).toEqual({ review, outcome: 'answered', reviewerEmailed: true });
    const [toReviewer] = await mailTo(reviewerEmail);
    expect(toReviewer!.subject).toBe('Tasca da Dona answered your review');
    expect(toReviewer!.text).toContain('Obrigada! Come back for the <i>percebes</i>.');
    expect(toReviewer!.html).toContain('Come back for the &lt;i&gt;percebes&lt;/i&gt;.');
    expect(await journeyOf(review)).toEqual(['ReviewSubmitted', 'ReviewOwnerNotified', 'ReviewResponseAwaited', 'ReviewResponded', 'ReviewerNotifiedOfResponse']);
    expect((await eventOf(review, 'ReviewerNotifiedOfResponse'))?.data).toEqual({ emailed: true });

    // A redelivered ReviewSubmitted (delivery is at least once) finds the name taken: done, nothing new.
    const submitted = (await runtime.store.readStream(review))[0]!;
    // The policy's module, built as the runtime's loader builds it, with this runtime's stores.
    const policy = (await import(/* @vite-ignore */ new URL('reviews/followReviewNotification.ts', functionsSourceUrl()).href)) as { build: (deps: unknown) => (event: unknown, context: unknown) => Promise<unknown> };
    const startAgain = policy.build({ events: runtime.store, workflows: localWorkflows(() => runtime.workflows), settings: { staffEmail: 'x@y.example', reviewResponseWaitSeconds: waitSeconds } });
    expect(await startAgain(toEventBridgeEvent(submitted, { account: '000000000000', region: 'eu-west-1' }), {})).toEqual({ started: false });
    expect((await finished(review)).status).toBe('SUCCEEDED');
  });

  it('emails an owner who registered by POST /me with an ID token that verified their email', async () => {
    const restaurant = await listRestaurant('Tasca do Token');
    const email = `tomas-${ulid()}@tasca.example`.toLowerCase();
    const sub = `tomas-${ulid()}`;
    // What the gateway hands on of this token is what API Gateway hands on: email_verified as "true".
    const token = await runtime.issueToken({ role: 'diner', sub, email });
    const registered = await call('POST', '/me', { token, body: { displayName: 'Tomás' } });
    expect(registered.status).toBe(201);
    await handleCommand({
      store: runtime.store, decider: restaurantDecider, stream: restaurant,
      command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: registered.json.stream } },
      actor: { id: 'claims', role: 'system' }, correlationId: 'claim',
    });
    const reviewer = await signUp('Ines', `ines-${ulid()}@diners.example`.toLowerCase());
    const review = await submitReview(restaurant, reviewer.token, 'Token of appreciation');

    const [toOwner] = await eventually('the email to the owner', async () => ((await mailTo(email)).length > 0 ? mailTo(email) : undefined));
    expect(toOwner!.subject).toBe('New review of Tasca do Token: Token of appreciation');
    expect((await eventOf(review, 'ReviewOwnerNotified'))?.data).toEqual({ owner: registered.json.stream, emailed: true });
  });

  it('forwards the review to an unclaimed restaurant with a claim link, and gives up when nobody answers in time', async () => {
    const restaurant = await listRestaurant('Casa Sem Dono');
    const contactEmail = `manager-${ulid()}@semdono.example`.toLowerCase();
    const added = await call('POST', `/restaurants/${restaurant}/contacts`, { token: staff, body: { email: contactEmail, name: 'Marta' } });
    expect(added.status).toBe(201);
    // Registered by POST /me with a token that carries no email: Forkcast knows none of this reviewer.
    const reviewer = await runtime.issueToken({ role: 'diner', sub: `bea-${ulid()}` });
    expect((await call('POST', '/me', { token: reviewer, body: { displayName: 'Bea' } })).status).toBe(201);
    const review = await submitReview(restaurant, reviewer, 'Worth the trip');

    const [forwarded] = await eventually('the email to the contact', async () => ((await mailTo(contactEmail)).length > 0 ? mailTo(contactEmail) : undefined));
    expect(forwarded!.subject).toBe('Casa Sem Dono was reviewed on Forkcast');
    expect(forwarded!.text).toContain('Worth the trip');
    // The claims context's invitation (redeemed by POST /restaurants/{id}/claims), remembering the review.
    const claimLink = new URL(/Claim your listing and answer: (\S+)/.exec(forwarded!.text)![1]!);
    expect(`${claimLink.origin}${claimLink.pathname}`).toBe(`https://forkcast.example/restaurants/${restaurant}/claim`);
    expect(claimLink.searchParams.get('review')).toBe(review);
    const secret = (await readFile(join(dir, 'keys', 'link-secret'), 'utf8')).trim();
    expect(await verifyClaimInvitation(secret, claimLink.searchParams.get('invitation')!, restaurant)).toBe(true);
    const contacts = await call('GET', `/restaurants/${restaurant}/contacts`, { token: staff });
    const contactId = (contacts.json.contacts as { contactId: string }[])[0]!.contactId;

    const execution = await finished(review);
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output!)).toEqual({ review, outcome: 'unanswered' });
    expect(await journeyOf(review)).toEqual(['ReviewSubmitted', 'ReviewForwardedToRestaurant', 'ReviewResponseAwaited', 'ReviewUnanswered']);
    expect((await eventOf(review, 'ReviewForwardedToRestaurant'))?.data).toEqual({ contactId });
    expect((await eventOf(review, 'ReviewUnanswered'))?.data).toEqual({ waitedSeconds: waitSeconds });
    // The wait timed out on the task (States.Timeout), which the workflow caught.
    const history = await call('GET', `/_local/executions/${review}/history`);
    expect(JSON.stringify(history.json)).toContain('TaskTimedOut');
  }, 90_000);

  it('records that nobody could be told when the restaurant has no owner and staff know no contact', async () => {
    const restaurant = await listRestaurant('Tasca Incognita');
    const reviewer = await signUp('Caio', `caio-${ulid()}@diners.example`.toLowerCase());
    const review = await submitReview(restaurant, reviewer.token, 'Hidden gem');

    const execution = await finished(review);
    expect(execution.status).toBe('SUCCEEDED');
    expect(JSON.parse(execution.output!)).toEqual({ review, outcome: 'undeliverable' });
    expect(await journeyOf(review)).toEqual(['ReviewSubmitted', 'ReviewNotificationUndeliverable']);
    expect((await eventOf(review, 'ReviewNotificationUndeliverable'))?.data).toEqual({ reason: 'no-restaurant-contact' });
    expect((await readOutbox(join(dir, 'outbox'))).filter((m) => m.text.includes('Hidden gem'))).toEqual([]);
  });

  it('stops the execution (ABORTED) when the review is withdrawn while it waits, and tells the reviewer nothing', async () => {
    const restaurant = await listRestaurant('Tasca Retirada');
    const owner = await signUp('Otto', `otto-${ulid()}@retirada.example`.toLowerCase());
    await handleCommand({
      store: runtime.store, decider: restaurantDecider, stream: restaurant,
      command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: owner.stream } },
      actor: { id: 'claims', role: 'system' }, correlationId: 'claim',
    });
    const reviewerEmail = `dora-${ulid()}@diners.example`.toLowerCase();
    const reviewer = await signUp('Dora', reviewerEmail);
    const review = await submitReview(restaurant, reviewer.token, 'Changed my mind');
    await eventually('the wait for an answer', async () => ((await journeyOf(review)).includes('ReviewResponseAwaited') ? true : undefined));

    expect((await call('DELETE', `/reviews/${review}`, { token: reviewer.token })).status).toBe(202);
    const execution = await finished(review);
    expect(execution.status).toBe('ABORTED');
    expect(execution.error).toBe('ReviewWithdrawn');
    expect(await journeyOf(review)).toEqual(['ReviewSubmitted', 'ReviewOwnerNotified', 'ReviewResponseAwaited', 'ReviewWithdrawn']);
    expect(await mailTo(reviewerEmail)).toEqual([]);
  });
});
