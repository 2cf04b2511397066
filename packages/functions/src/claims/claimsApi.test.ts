import { describe, expect, it } from 'vitest';
import { claimStartLink, claimStreamOf } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as buildSendVerificationEmail } from './sendVerificationEmail';

const api = useTestApi();
const { callApi } = api;
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();

async function restaurant(): Promise<string> {
  return (await callApi('listRestaurant', { body: profile, claims: staff })).json.stream as string;
}

async function registered(sub: string) {
  const claims = { ...diner, sub };
  expect((await callApi('registerDiner', { body: { displayName: sub }, claims })).statusCode).toBeLessThan(300);
  return claims;
}

describe('claims over the handlers', () => {
  it('records a claim from an emailed invitation, and refuses a forged one or one for another restaurant with 400', async () => {
    const id = await restaurant();
    const other = await restaurant();
    const claims = await registered('invited-diner');
    const { linkSecret, publicSiteUrl } = api.deps();
    const invitation = new URL(await claimStartLink({ secret: linkSecret, publicSiteUrl, restaurant: id, expiresInSeconds: 600 })).searchParams.get('invitation')!;

    expect((await callApi('requestClaim', { params: { id: other }, body: { invitation }, claims })).statusCode).toBe(400);
    expect((await callApi('requestClaim', { params: { id }, body: { invitation: `${invitation}x` }, claims })).statusCode).toBe(400);
    const accepted = await callApi('requestClaim', { params: { id }, body: { invitation }, claims });
    expect(accepted.statusCode).toBe(202);
    const [requested] = await api.deps().events.readStream(claimStreamOf(accepted.json.claimId));
    expect(requested).toMatchObject({ type: 'RestaurantClaimRequested', data: { restaurant: id, invited: true, execution: accepted.json.execution } });
  });

  it('keeps claims to diners and onboarding views to staff, and answers 404 for ids never issued', async () => {
    const id = await restaurant();
    expect((await callApi('requestClaim', { params: { id }, body: {}, claims: staff })).statusCode).toBe(403);
    expect((await callApi('requestClaim', { params: { id }, body: {} })).statusCode).toBe(401);
    expect((await callApi('listOnboardings', { query: { status: 'training' }, claims: diner })).statusCode).toBe(403);
    expect((await callApi('listOnboardings', { query: { status: 'no-such-status' }, claims: staff })).statusCode).toBe(400);
    expect((await callApi('getOnboarding', { params: { claimId: 'not-a-claim' }, claims: staff })).statusCode).toBe(404);
    expect((await callApi('verifyClaim', { params: { claimId: '01JH000000000000000000000C' }, body: { token: 'not-a-token' } })).statusCode).toBe(403);
  });

  it('emails the verification link again while the claim awaits verification (staff only, 409 otherwise), and the new link still verifies the claim', async () => {
    const id = await restaurant();
    expect((await callApi('addRestaurantContact', { params: { id }, body: { email: 'again@tasca.example', name: 'Ines' }, claims: staff })).statusCode).toBe(201);
    const claims = await registered('resend-diner');
    const { claimId, execution } = (await callApi('requestClaim', { params: { id }, body: {}, claims })).json as { claimId: string; execution: string };
    const resend = (headers: Record<string, string> = {}, who: Record<string, string> = staff) =>
      callApi('resendVerificationEmail', { params: { claimId }, body: {}, claims: who, headers });

    // Nothing was emailed yet: nothing to send again.
    const early = await resend();
    expect(early.statusCode).toBe(409);
    expect(early.json.type).toMatch(/claim-not-awaiting-verification$/);

    const deps = api.deps();
    // The workflow's task "Email the verification link", run by hand: the claim now awaits verification.
    expect(await buildSendVerificationEmail(deps)({ claimId, verifyWithinSeconds: 600 })).toEqual({ sent: true });
    const [, first] = await deps.events.readStream(claimStreamOf(claimId));
    expect(first).toMatchObject({ type: 'RestaurantClaimVerificationSent' });
    const { contactId, expiresAt } = first!.data as { contactId: string; expiresAt: string };

    expect((await resend({}, claims)).statusCode).toBe(403);
    expect((await callApi('resendVerificationEmail', { params: { claimId: '01JH000000000000000000000C' }, body: {}, claims: staff })).statusCode).toBe(404);

    const accepted = await resend({ 'idempotency-key': 'resend-once' });
    expect(accepted.statusCode).toBe(202);
    // A retry of the same request is answered from the idempotency store: no second email or event.
    expect((await resend({ 'idempotency-key': 'resend-once' })).json).toEqual(accepted.json);
    const resentMessages = () => [...deps.mailer.sent.values()].filter((m) => m.id.startsWith(`${execution}-verification-resent-`));
    expect(resentMessages()).toHaveLength(1);
    expect((await resend({ 'idempotency-key': 'resend-twice' })).statusCode).toBe(202);
    expect(resentMessages().map((m) => m.to)).toEqual(['again@tasca.example', 'again@tasca.example']);

    const log = await deps.events.readStream(claimStreamOf(claimId));
    expect(log.map((e) => e.type)).toEqual(['RestaurantClaimRequested', 'RestaurantClaimVerificationSent', 'RestaurantClaimVerificationResent', 'RestaurantClaimVerificationResent']);
    // The new link ends when the first does: the onboarding waits no longer.
    expect(log[2]).toMatchObject({ data: { contactId, expiresAt }, meta: { actor: { role: 'staff' } } });

    const link = /https:\/\/forkcast\.example\/claims\/[0-9A-Z]+\/verify\?token=[\w.-]+/.exec(resentMessages()[1]!.text)?.[0];
    expect(link, resentMessages()[1]!.text).toBeDefined();
    expect(new URL(link!).pathname).toBe(`/claims/${claimId}/verify`);
    const token = new URL(link!).searchParams.get('token')!;
    expect((await callApi('verifyClaim', { params: { claimId }, body: { token } })).statusCode).toBe(202);

    const late = await resend();
    expect(late.statusCode).toBe(409);
    expect(late.json.detail).toContain('verified');
  });
});
