import { describe, expect, it } from 'vitest';
import { claimStartLink, claimStreamOf } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

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
});
