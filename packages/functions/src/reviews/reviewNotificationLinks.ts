import { claimStartLink, signLinkToken } from '@forkcast/core';

/** What the owner's link lets its holder do: answer this one review (checked by the respond page's API). */
export const respondToReviewPurpose = 'respond-to-review';

/** The owner's page to answer a review, with a signed token valid while the notification waits. */
export async function respondToReviewUrl(publicSiteUrl: string, secret: string, review: string, validSeconds: number): Promise<string> {
  const token = await signLinkToken(secret, { purpose: respondToReviewPurpose, subject: review }, validSeconds);
  const url = new URL(`${publicSiteUrl.replace(/\/+$/, '')}/reviews/${encodeURIComponent(review)}/respond`);
  url.searchParams.set('token', token);
  return url.href;
}

/**
 * The claims context's invitation to claim the restaurant (a signed 'start-claim' token that
 * POST /restaurants/{id}/claims records as `invited: true`), remembering the review so the site can
 * show it and lead the new owner to answer it. Valid as long as the notification waits for an answer.
 */
export async function claimFromReviewUrl(publicSiteUrl: string, secret: string, restaurant: string, review: string, validSeconds: number): Promise<string> {
  const url = new URL(await claimStartLink({ secret, publicSiteUrl, restaurant, expiresInSeconds: validSeconds }));
  url.searchParams.set('review', review);
  return url.href;
}
