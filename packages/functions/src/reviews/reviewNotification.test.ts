import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  ExecutionAlreadyExistsError, ExecutionNotFoundError, handleCommand, reviewDecider, unavailableWorkflows, verifyClaimInvitation, type EmailMessage, type Mailer, type Workflows,
} from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { toEventBridgeEvent } from '@forkcast/events';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as awaitReviewResponse } from './awaitReviewResponse';
import { build as notifyRestaurantOfReview } from './notifyRestaurantOfReview';
import { build as notifyReviewerOfResponse } from './notifyReviewerOfResponse';
import { build as followReviewNotification } from './followReviewNotification';

const api = useTestApi();
const { callApi } = api;
const { source: _s, externalId: _e, ...restaurantProfile } = sampleRestaurant();
const context = {} as Context;
let n = 0;

/** A restaurant with one contact, and a review of it by a diner registered through POST /me (no email known). */
async function reviewedRestaurant(): Promise<{ restaurant: string; review: string; claims: Record<string, string> }> {
  const restaurant = (await callApi('listRestaurant', { body: restaurantProfile, claims: staff })).json.id as string;
  expect((await callApi('addRestaurantContact', { params: { id: restaurant }, body: { email: 'manager@tasca.example' }, claims: staff })).statusCode).toBe(201);
  const claims = { sub: `notified-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' };
  expect((await callApi('registerDiner', { body: { displayName: 'Reviewer' }, claims })).statusCode).toBe(201);
  const submitted = await callApi('submitReview', { params: { id: restaurant }, body: { title: 'Good', body: 'Very good.', stars: 4 }, claims });
  expect(submitted.statusCode).toBe(201);
  return { restaurant, review: submitted.json.id as string, claims };
}

/** Counts every send, unlike the outbox: what SES would do when a step is retried. */
function countingMailer(): Mailer & { sends: EmailMessage[] } {
  const sends: EmailMessage[] = [];
  return { sends, async send(message, key) { sends.push(message); return { ...message, id: key, sentAt: new Date(0).toISOString() }; } };
}

const eventsOf = async (stream: string) => (await api.deps().events.readStream(stream)).map((e) => e.type);
const busEvent = async (stream: string, type: string) => toEventBridgeEvent((await api.deps().events.readStream(stream)).find((e) => e.type === type)!, { account: '0', region: 'local' });

async function respond(review: string, body: string) {
  await handleCommand({
    store: api.deps().events, decider: reviewDecider, stream: review,
    command: { type: 'RespondToReview', by: 'diner-owner', body, facts: { answersForRestaurant: true } },
    actor: { id: 'owner', role: 'owner' }, correlationId: 'respond',
  });
}

describe('the review notification tasks and policies', () => {
  it('tells the restaurant once however often the task is retried: one email, one outcome event', async () => {
    const { review } = await reviewedRestaurant();
    const mailer = countingMailer();
    const notify = notifyRestaurantOfReview({ ...api.deps(), mailer });
    const input = { review, linkValidSeconds: 60, idempotencyKey: `${review}:tell the restaurant` };
    expect(await notify(input)).toEqual({ outcome: 'forwarded' });
    expect(await notify(input)).toEqual({ outcome: 'forwarded' });
    expect(mailer.sends.map((m) => m.to)).toEqual(['manager@tasca.example']);
    expect(await eventsOf(review)).toEqual(['ReviewSubmitted', 'ReviewForwardedToRestaurant']);
    await expect(notify({ ...input, review: 'review-01JH0000000000000000000000' })).rejects.toMatchObject({ name: 'ReviewNotFound' });
  });

  it("forwards the claims context's signed invitation, valid while the notification waits, which a claim redeems as invited", async () => {
    const { restaurant, review } = await reviewedRestaurant();
    const mailer = countingMailer();
    const now = Date.now();
    await notifyRestaurantOfReview({ ...api.deps(), mailer })({ review, linkValidSeconds: 60, idempotencyKey: `${review}:tell the restaurant` });
    const link = new URL(/Claim your listing and answer: (\S+)/.exec(mailer.sends[0]!.text)![1]!);
    expect(`${link.origin}${link.pathname}`).toBe(`${api.deps().publicSiteUrl}/restaurants/${restaurant}/claim`);
    expect(link.searchParams.get('review')).toBe(review);
    const invitation = link.searchParams.get('invitation')!;
    const { linkSecret } = api.deps();
    expect(await verifyClaimInvitation(linkSecret, invitation, restaurant)).toBe(true);
    await expect(verifyClaimInvitation(linkSecret, invitation, restaurant, new Date(now + 61_000))).rejects.toMatchObject({ reason: 'expired' });

    const manager = { sub: `manager-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' };
    expect((await callApi('registerDiner', { body: { displayName: 'Manager' }, claims: manager })).statusCode).toBe(201);
    const claimed = await callApi('requestClaim', { params: { id: restaurant }, body: { invitation }, claims: manager });
    expect(claimed.statusCode).toBe(202);
    const requested = (await api.deps().events.readStream(claimed.json.stream as string))[0]!;
    expect(requested).toMatchObject({ type: 'RestaurantClaimRequested', data: { restaurant, invited: true } });
  });

  it('releases the wait whichever comes first, the answer or the wait', async () => {
    const release = followReviewNotification(api.deps());
    const released = api.deps().workflows.released;

    const answeredFirst = (await reviewedRestaurant()).review;
    await respond(answeredFirst, 'Thanks!');
    expect(await release(await busEvent(answeredFirst, 'ReviewResponded'), context)).toEqual({ released: false });
    await awaitReviewResponse(api.deps())({ review: answeredFirst, taskToken: 'token-late-wait' });
    expect(await release(await busEvent(answeredFirst, 'ReviewResponseAwaited'), context)).toEqual({ released: true });

    const waitedFirst = (await reviewedRestaurant()).review;
    await awaitReviewResponse(api.deps())({ review: waitedFirst, taskToken: 'token-early-wait' });
    expect(await release(await busEvent(waitedFirst, 'ReviewResponseAwaited'), context)).toEqual({ released: false });
    await respond(waitedFirst, 'Thank you!');
    expect(await release(await busEvent(waitedFirst, 'ReviewResponded'), context)).toEqual({ released: true });

    expect(released.filter((r) => r.token.endsWith('-wait'))).toEqual([
      { token: 'token-late-wait', output: { answered: true, respondedBy: 'diner-owner' } },
      { token: 'token-early-wait', output: { answered: true, respondedBy: 'diner-owner' } },
    ]);
  });

  it('records the reviewer told without sending when no email of theirs is known', async () => {
    const { review } = await reviewedRestaurant();
    await respond(review, 'Thanks!');
    const mailer = countingMailer();
    expect(await notifyReviewerOfResponse({ ...api.deps(), mailer })({ review, idempotencyKey: 'k' })).toEqual({ emailed: false });
    expect(mailer.sends).toEqual([]);
    expect((await api.deps().events.readStream(review)).at(-1)).toMatchObject({ type: 'ReviewerNotifiedOfResponse', data: { emailed: false } });
  });

  it('starts one execution per review, named after it, and treats a taken name as started', async () => {
    const { review } = await reviewedRestaurant();
    const starts: unknown[][] = [];
    const workflows: Workflows = {
      ...unavailableWorkflows('only start'),
      async startExecution(...args) {
        starts.push(args);
        if (starts.length > 1) throw new ExecutionAlreadyExistsError(args[1]);
        return { executionArn: 'arn', startDate: new Date(0).toISOString() };
      },
    };
    const start = followReviewNotification({ ...api.deps(), workflows, settings: { staffEmail: 's@x.example', reviewResponseWaitSeconds: 90 } });
    const submitted = await busEvent(review, 'ReviewSubmitted');
    expect(await start(submitted, context)).toEqual({ started: true });
    expect(await start(submitted, context)).toEqual({ started: false });
    expect(starts[0]).toEqual(['review-notification', review, { review, responseWaitSeconds: 90 }]);
  });

  it('stops the execution of a withdrawn review, and one never started is nothing to stop', async () => {
    const stops: unknown[][] = [];
    const workflows: Workflows = {
      ...unavailableWorkflows('only stop'),
      async stopExecution(...args) {
        stops.push(args);
        if (stops.length > 1) throw new ExecutionNotFoundError('never started');
      },
    };
    const { review, claims } = await reviewedRestaurant();
    expect((await callApi('withdrawReview', { params: { id: review }, claims })).statusCode).toBe(202);
    const stop = followReviewNotification({ ...api.deps(), workflows });
    const withdrawn = await busEvent(review, 'ReviewWithdrawn');
    expect(await stop(withdrawn, context)).toEqual({ stopped: true });
    expect(await stop(withdrawn, context)).toEqual({ stopped: false });
    expect(stops[0]).toEqual([{ workflow: 'review-notification', name: review }, 'ReviewWithdrawn', 'The author withdrew the review.']);
  });
});
