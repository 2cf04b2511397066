import { signLinkToken } from '@forkcast/core';

/** What the owner's link lets its holder do: answer this one review (checked by the respond page's API). */
export const respondToReviewPurpose = 'respond-to-review';

/** The owner's page to answer a review, with a signed token valid while the notification waits. */
export async function respondToReviewUrl(publicSiteUrl: string, secret: string, review: string, validSeconds: number): Promise<string> {
  const token = await signLinkToken(secret, { purpose: respondToReviewPurpose, subject: review }, validSeconds);
  const url = new URL(`${publicSiteUrl.replace(/\/+$/, '')}/reviews/${encodeURIComponent(review)}/respond`);
  url.searchParams.set('token', token);
  return url.href;
}

/** The site's page that starts a claim of the restaurant (it posts POST /restaurants/{id}/claims), remembering the review. */
export function claimRestaurantUrl(publicSiteUrl: string, restaurant: string, review: string): string {
  const url = new URL(`${publicSiteUrl.replace(/\/+$/, '')}/restaurants/${encodeURIComponent(restaurant)}/claim`);
  url.searchParams.set('review', review);
  return url.href;
}
