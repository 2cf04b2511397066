import { signLinkToken, verifyLinkToken } from '../links/linkTokens';

/** The purpose of the token in a claim's verification link. */
export const verifyClaimPurpose = 'verify-claim';
/** The purpose of the token in an invitation to claim a restaurant (e.g. in a review notification). */
export const startClaimPurpose = 'start-claim';

const site = (publicSiteUrl: string) => publicSiteUrl.replace(/\/+$/, '');

/**
 * The link the restaurant's contact follows to verify a claim: a page of the site that posts the
 * token to `POST /claims/{claimId}/verification`.
 */
export async function claimVerificationLink(input: { secret: string; publicSiteUrl: string; claimId: string; expiresInSeconds: number; now?: Date }): Promise<string> {
  const token = await signLinkToken(input.secret, { purpose: verifyClaimPurpose, subject: input.claimId }, input.expiresInSeconds, input.now);
  const url = new URL(`${site(input.publicSiteUrl)}/claims/${encodeURIComponent(input.claimId)}/verify`);
  url.searchParams.set('token', token);
  return url.href;
}

/**
 * An invitation to claim a restaurant, for emails to restaurants nobody owns yet: a page of the
 * site where a signed-in diner confirms, which posts `{ invitation: <token> }` to
 * `POST /restaurants/{id}/claims`. The token only says the restaurant was invited; the claim is
 * verified the same way as any other.
 */
export async function claimStartLink(input: { secret: string; publicSiteUrl: string; restaurant: string; expiresInSeconds: number; now?: Date }): Promise<string> {
  const token = await signLinkToken(input.secret, { purpose: startClaimPurpose, subject: input.restaurant }, input.expiresInSeconds, input.now);
  const url = new URL(`${site(input.publicSiteUrl)}/restaurants/${encodeURIComponent(input.restaurant)}/claim`);
  url.searchParams.set('invitation', token);
  return url.href;
}

/** Whether `token` is an invitation we issued for `restaurant` (LinkTokenError otherwise). */
export async function verifyClaimInvitation(secret: string, token: string, restaurant: string, now?: Date): Promise<boolean> {
  const { subject } = await verifyLinkToken(secret, token, startClaimPurpose, now);
  return subject === restaurant;
}
