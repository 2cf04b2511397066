import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimStreamOf, rebuildProjection, type OnboardingTimings } from '@forkcast/core';
import { rebuildableProjections, subscriptions } from '@forkcast/functions';
import { callRuntime } from '../testing/callRuntime';
import { claimVerificationEmail, requestClaimOverHttp } from '../testing/claimOverHttp';
import { eventually } from '../testing/eventually';
import { finishedExecution } from '../testing/finishedExecution';
import { listRestaurantOverHttp } from '../testing/listRestaurantOverHttp';
import { mailTo } from '../testing/mailTo';
import { signUpDiner } from '../testing/signUpDiner';
import { findFirstDay } from './scanLog';
import { scanProjectionViews } from './scanProjectionViews';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

/**
 * Two workflows meeting on one runtime: the review notification forwards a review to a restaurant
 * nobody owns, with the claims context's invitation; its manager claims through it, the onboarding
 * verifies the claim, and the new owner's answer releases the notification's wait. Waits scaled
 * down: the engine runs 10x, an onboarding "day" is 2 s, and the restaurant gets an hour (6 real
 * minutes) to answer, far more than the journey takes, so only its answer can end the wait.
 */
const speed = 10;
const waitSeconds = 3600;
const timings: OnboardingTimings = { verifyWithinSeconds: 600, contactRecheckSeconds: 600, contactChecks: 3, daySeconds: 2 };

let runtime: LocalRuntime;
let dir: string;
let staff: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-forwarded-then-claimed-'));
  runtime = await startLocalRuntime({
    dataDir: dir, inMemory: true, port: 0, workflowSpeed: speed, reviewResponseWaitSeconds: waitSeconds, feed: { pollIntervalMs: 50 },
    dependencies: (deps) => ({ ...deps, settings: { ...deps.settings, onboarding: timings } }),
  });
  staff = await runtime.issueToken({ role: 'staff', sub: 'staff-sofia' });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

const typesOf = async (stream: string) => (await runtime.store.readStream(stream)).map((e) => e.type);
const firstMail = (to: string, subject: string | RegExp) =>
  eventually(`an email to ${to}: ${subject}`, async () => (await mailTo(runtime, to)).find((m) => (typeof subject === 'string' ? m.subject === subject : subject.test(m.subject))));

describe('a review forwarded to an unclaimed restaurant that then claims and responds, over HTTP on one local runtime', () => {
  it('forwards the review with an invitation, onboards the manager who claims through it, and tells the reviewer of their answer', { timeout: 120_000 }, async () => {
    const contactEmail = `contact-${ulid()}@tasca-nova.example`.toLowerCase();
    const restaurant = await listRestaurantOverHttp(runtime, staff, 'Tasca Nova', { city: 'Claimville', contact: { email: contactEmail, name: 'Nuno' } });

    const reviewerEmail = `rita-${ulid()}@diners.example`.toLowerCase();
    const reviewer = await signUpDiner(runtime, 'Rita', reviewerEmail);
    const submitted = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/reviews`, {
      token: reviewer.token, body: { title: 'The best bacalhau', body: 'Crisp, generous and kind staff.', stars: 5 },
    });
    expect(submitted.status, submitted.text).toBe(201);
    const review = submitted.json.id as string;

    // The contact receives the review and the claims context's invitation to claim the listing.
    const forwarded = await firstMail(contactEmail, 'Tasca Nova was reviewed on Forkcast');
    expect(forwarded.text).toContain('The best bacalhau');
    const link = new URL(/Claim your listing and answer: (\S+)/.exec(forwarded.text)![1]!);
    expect(`${link.origin}${link.pathname}`).toBe(`https://forkcast.example/restaurants/${restaurant}/claim`);
    expect(link.searchParams.get('review')).toBe(review);
    const invitation = link.searchParams.get('invitation');
    expect(invitation).toBeTruthy();

    // The manager, a diner with an email of their own, claims through the invitation.
    const managerEmail = `nuno-${ulid()}@mail.example`.toLowerCase();
    const manager = await signUpDiner(runtime, 'Nuno', managerEmail);
    const claim = await requestClaimOverHttp(runtime, manager.token, restaurant, { invitation: invitation! });
    const [requested] = await runtime.store.readStream(claimStreamOf(claim.claimId));
    expect(requested).toMatchObject({ type: 'RestaurantClaimRequested', data: { restaurant, claimant: manager.stream, invited: true } });

    // The onboarding writes to the restaurant's contact; the manager redeems the link.
    const { email: verification, token } = await claimVerificationEmail(runtime, claim);
    expect(verification.to).toBe(contactEmail);
    expect(verification.subject).toBe('Confirm that you run Tasca Nova on Forkcast');
    const verified = await callRuntime(runtime, 'POST', `/claims/${claim.claimId}/verification`, { body: { token } });
    expect(verified.status, verified.text).toBe(202);
    const claimed = await eventually('RestaurantClaimed on the restaurant', async () =>
      (await runtime.store.readStream(restaurant)).find((e) => e.type === 'RestaurantClaimed'));
    expect(claimed.data).toEqual({ claimId: claim.claimId, owner: manager.stream });

    // The new owner answers the forwarded review; its notification's wait ends and the reviewer is told.
    await eventually('the wait for an answer', async () => ((await typesOf(review)).includes('ReviewResponseAwaited') ? true : undefined));
    const answered = await callRuntime(runtime, 'PUT', `/reviews/${review}/response`, { token: manager.token, body: { body: 'Obrigado, Rita! Come back soon.' } });
    expect(answered.status, answered.text).toBe(201);
    const notification = await finishedExecution(runtime, review, 60_000);
    expect(notification.status).toBe('SUCCEEDED');
    expect(JSON.parse(notification.output!)).toEqual({ review, outcome: 'answered', reviewerEmailed: true });
    const toReviewer = await firstMail(reviewerEmail, 'Tasca Nova answered your review');
    expect(toReviewer.text).toContain('Obrigado, Rita! Come back soon.');
    expect(await typesOf(review)).toEqual(['ReviewSubmitted', 'ReviewForwardedToRestaurant', 'ReviewResponseAwaited', 'ReviewResponded', 'ReviewerNotifiedOfResponse']);

    // The onboarding goes on to its end, welcoming and training at the contact that verified the claim.
    const onboarding = await finishedExecution(runtime, claim.execution, 60_000);
    expect(onboarding.status).toBe('SUCCEEDED');
    expect(JSON.parse(onboarding.output!)).toEqual({ claimId: claim.claimId, outcome: 'onboarded' });
    expect((await mailTo(runtime, contactEmail)).map((m) => m.id)).toContain(`${claim.execution}-welcome`);

    // The next review goes to the owner (not the contact): at the email their sign-up verified,
    // with the link to answer, and the notification records that they were emailed.
    const next = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/reviews`, {
      token: reviewer.token, body: { title: 'Back again', body: 'Still the best.', stars: 5 },
    });
    expect(next.status, next.text).toBe(201);
    const nextReview = next.json.id as string;
    const toOwner = await firstMail(managerEmail, 'New review of Tasca Nova: Back again');
    expect(toOwner.text).toContain(`https://forkcast.example/reviews/${nextReview}/respond?token=`);
    const notified = await eventually('ReviewOwnerNotified', async () => (await runtime.store.readStream(nextReview)).find((e) => e.type === 'ReviewOwnerNotified'));
    expect(notified.data).toEqual({ owner: manager.stream, emailed: true });
    expect((await mailTo(runtime, contactEmail)).some((m) => m.text.includes('Back again'))).toBe(false);
    // Answered too, so no execution is left waiting when the runtime stops.
    await eventually('the wait for the next answer', async () => ((await typesOf(nextReview)).includes('ReviewResponseAwaited') ? true : undefined));
    expect((await callRuntime(runtime, 'PUT', `/reviews/${nextReview}/response`, { token: manager.token, body: { body: 'Thank you again!' } })).status).toBe(201);
    expect((await finishedExecution(runtime, nextReview, 60_000)).status).toBe('SUCCEEDED');
  });

  it('leaves a log from which every projection of the subscription table rebuilds into views equal to the live ones', { timeout: 120_000 }, async () => {
    // More of the system on top of the journey above: an owner's special, a diner's visit and rating.
    const restaurant = await listRestaurantOverHttp(runtime, staff, 'Casa Rebuild', { city: 'Claimville', contact: { email: `c-${ulid()}@rebuild.example`.toLowerCase() } });
    const diner = await signUpDiner(runtime, 'Vera', `vera-${ulid()}@diners.example`.toLowerCase());
    const today = new Date().toISOString().slice(0, 10);
    const visit = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/visits`, { token: diner.token, body: { visitedOn: today, overall: 2, factors: { food: 2, service: 1 } } });
    expect(visit.status, visit.text).toBe(201);
    const rating = await callRuntime(runtime, 'PUT', `/restaurants/${restaurant}/rating`, { token: diner.token, body: { stars: 4 } });
    expect(rating.status, rating.text).toBeLessThan(300);
    await runtime.settle();

    const from = (await findFirstDay(runtime.dynamo.client, runtime.dynamo.tables.events))!;
    const projections = [...rebuildableProjections().values()];
    expect(projections.length).toBe(subscriptions.filter((s) => s.target.kind === 'projection').length);
    let compared = 0;
    for (const projection of projections) {
      const live = await activeItems(projection.name);
      compared += Object.keys(live).length;
      const result = await rebuildProjection({ projection, store: runtime.store, views: runtime.views, from, lateWindowMs: 0 });
      expect(result.generation, projection.name).toBeGreaterThan(result.previousGeneration);
      expect(await activeItems(projection.name), projection.name).toEqual(live);
    }
    // Not a comparison of empty tables: the journey above fills most views (demo-free runtime).
    expect(compared).toBeGreaterThan(20);
  });
});

/** The items readers see for one projection (its active generation), by stream. */
async function activeItems(projection: string): Promise<Record<string, unknown>> {
  const items: Record<string, unknown> = {};
  await scanProjectionViews(runtime.dynamo.client, runtime.dynamo.tables.views, projection, async (stream, view) => { items[stream] = view; });
  return items;
}
