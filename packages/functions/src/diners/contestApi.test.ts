import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Context } from 'aws-lambda';
import { contestStreamFor, drawWinner } from '@forkcast/core';
import { toEventBridgeEvent } from '@forkcast/events';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as buildPolicy } from './earnContestEntry';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

let n = 0;
const newDiner = () => ({ sub: `contest-sub-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' });

function expectProblem(res: { statusCode: number; headers: Record<string, string>; json: any }, status: number, type?: string) {
  expect(res.statusCode, JSON.stringify(res.json)).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  if (type) expect(res.json.type).toBe(`urn:forkcast:problem:${type}`);
}

async function registered() {
  const claims = newDiner();
  const res = await callApi('registerDiner', { body: { displayName: 'Diner' }, claims });
  expect(res.statusCode).toBe(201);
  return { claims, stream: res.json.stream as string };
}

/** Plays the bus for an invitation's stream: the policy (twice: at-least-once) and then the projections. */
async function deliver(stream: string) {
  const policy = buildPolicy(api.deps());
  for (const envelope of await api.deps().events.readStream(stream)) {
    const event = toEventBridgeEvent(envelope, { account: '000000000000', region: 'local' });
    await policy(event, context);
    await policy(event, context);
  }
  await deliverToProjections(stream);
}

describe('the referral contest', () => {
  it('refuses a draw with no entries (409), and draws by staff only (403)', async () => {
    expectProblem(await callApi('drawContestWinner', { body: { seed: 1 }, claims: staff }), 409, 'domain/no-contest-entries');
    expectProblem(await callApi('drawContestWinner', { body: { seed: 1 }, claims: newDiner() }), 403);
    expectProblem(await callApi('drawContestWinner', { body: { seed: 1 } }), 401);
  });

  it('earns one entry on the fifth accepted invitation, not on the sixth; the draw replays from its seed', async () => {
    const inviter = await registered();
    const earlyBird = await registered();
    const invitations: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await callApi('inviteFriend', { body: { email: `friend${i}@example.org` }, claims: inviter.claims });
      expect(res.statusCode).toBe(201);
      expect(res.json.code).toMatch(/^[0-9A-Z]{12}$/);
      expect(res.json.stream).not.toContain('example.org');
      invitations.push(res.json.code);
    }
    expectProblem(await callApi('acceptInvitation', { params: { code: invitations[0]! }, claims: inviter.claims }), 409, 'domain/own-invitation');
    expectProblem(await callApi('acceptInvitation', { params: { code: invitations[0]! }, claims: earlyBird.claims }), 409, 'domain/registered-before-invitation');
    expectProblem(await callApi('acceptInvitation', { params: { code: invitations[0]! }, claims: newDiner() }), 409, 'domain/diner-not-registered');
    expectProblem(await callApi('acceptInvitation', { params: { code: 'ZZZZZZZZZZZZ' }, claims: earlyBird.claims }), 404, 'domain/invitation-not-found');
    expectProblem(await callApi('acceptInvitation', { params: { code: 'nope' }, claims: earlyBird.claims }), 404, 'domain/invitation-not-found');
    expectProblem(await callApi('inviteFriend', { body: { email: 'not an email' }, claims: inviter.claims }), 400);
    expectProblem(await callApi('inviteFriend', { body: { email: 'a@example.org' }, claims: newDiner() }), 409, 'domain/diner-not-registered');

    const contest = async () => (await callApi('getMyContest', { claims: inviter.claims })).json;
    for (let i = 0; i < 6; i++) {
      await new Promise((resolve) => setTimeout(resolve, 2)); // registered strictly after the invitation was sent
      const friend = await registered();
      const res = await callApi('acceptInvitation', { params: { code: invitations[i]! }, claims: friend.claims });
      expect(res.statusCode).toBe(202);
      if (i === 0) expectProblem(await callApi('acceptInvitation', { params: { code: invitations[0]! }, claims: friend.claims }), 409, 'domain/invitation-already-accepted');
      await deliver(`invitation-${invitations[i]}`);
      await deliverToProjections(contestStreamFor(inviter.stream));
      if (i === 3) expect(await contest()).toEqual({ acceptedInvitations: 4, entries: 0, invitationsPerEntry: 5 });
      if (i === 4) expect(await contest()).toEqual({ acceptedInvitations: 5, entries: 1, invitationsPerEntry: 5 });
    }
    expect(await contest()).toEqual({ acceptedInvitations: 6, entries: 1, invitationsPerEntry: 5 });
    const log = await api.deps().events.readStream(contestStreamFor(inviter.stream));
    expect(log.map((e) => e.type)).toEqual([...Array(4).fill('InvitationCredited'), 'ContestEntryEarned', 'InvitationCredited']);
    expect(log.every((e) => e.meta.causationId && e.meta.idempotencyKey === `contest-credit:${e.meta.causationId}`)).toBe(true);

    await deliverToProjections(`invitation-${invitations[6]}`);
    const mine = await callApi('listMyInvitations', { claims: inviter.claims });
    expect(mine.json.items).toHaveLength(7);
    expect(mine.json.items.filter((i: { status: string }) => i.status === 'accepted')).toHaveLength(6);
    expect(JSON.stringify(mine.json)).not.toContain('example.org');

    const drawn = await callApi('drawContestWinner', { body: { seed: 12345 }, claims: staff });
    expect(drawn.statusCode).toBe(201);
    expect(drawn.json.entrants).toContainEqual({ diner: inviter.stream, entries: 1 });
    expect(drawn.json.winner).toBe(drawWinner(12345, drawn.json.entrants).winner);
    const [event] = await api.deps().events.readStream(drawn.json.stream);
    expect(event).toMatchObject({ type: 'ContestWinnerDrawn', data: { seed: 12345, winner: drawn.json.winner } });
  });
});
