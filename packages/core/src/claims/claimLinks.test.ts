import { describe, expect, it } from 'vitest';
import { LinkTokenError, verifyLinkToken } from '../links/linkTokens';
import { claimStartLink, claimVerificationLink, verifyClaimInvitation, verifyClaimPurpose } from './claimLinks';

const secret = 'a test link secret of at least 32 characters';
const restaurant = 'restaurant-01JH0000000000000000000000';

describe('claim links', () => {
  it('puts a verification token for the claim in a link to the site', async () => {
    const link = new URL(await claimVerificationLink({ secret, publicSiteUrl: 'https://forkcast.example/', claimId: '01JH000000000000000000000C', expiresInSeconds: 60 }));
    expect(link.origin + link.pathname).toBe('https://forkcast.example/claims/01JH000000000000000000000C/verify');
    expect(await verifyLinkToken(secret, link.searchParams.get('token')!, verifyClaimPurpose)).toEqual({ purpose: verifyClaimPurpose, subject: '01JH000000000000000000000C' });
  });

  it('invites to claim one restaurant: the token is refused for another, as a verification, or once expired', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const link = new URL(await claimStartLink({ secret, publicSiteUrl: 'https://forkcast.example', restaurant, expiresInSeconds: 3600, now }));
    expect(link.pathname).toBe(`/restaurants/${restaurant}/claim`);
    const token = link.searchParams.get('invitation')!;
    expect(await verifyClaimInvitation(secret, token, restaurant, now)).toBe(true);
    expect(await verifyClaimInvitation(secret, token, 'restaurant-01JH0000000000000000000001', now)).toBe(false);
    await expect(verifyLinkToken(secret, token, verifyClaimPurpose, now)).rejects.toBeInstanceOf(LinkTokenError);
    await expect(verifyClaimInvitation(secret, token, restaurant, new Date('2026-01-01T02:00:00Z'))).rejects.toMatchObject({ reason: 'expired' });
  });
});
