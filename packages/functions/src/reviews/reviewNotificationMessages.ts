import type { EmailTemplate } from '@forkcast/core';
import type { ReviewSubmittedData } from '@forkcast/events';

const stars = (n: number) => `${n} star${n === 1 ? '' : 's'}`;
const quoted = (review: ReviewSubmittedData) => [`"${review.title}" (${stars(review.stars)}): `, review.body];

/** To the restaurant's owner: the review, and their link to answer it. */
export function ownerReviewMessage(review: ReviewSubmittedData, restaurantName: string, respondUrl: string): EmailTemplate {
  return {
    subject: `New review of ${restaurantName}: ${review.title}`,
    paragraphs: [
      [`A diner reviewed ${restaurantName} on Forkcast.`],
      quoted(review),
      [{ link: respondUrl, label: 'Answer the review' }],
    ],
  };
}

/** To a restaurant with no owner on Forkcast: the review, an invitation to answer and to claim the listing. */
export function forwardedReviewMessage(review: ReviewSubmittedData, restaurantName: string, claimUrl: string): EmailTemplate {
  return {
    subject: `${restaurantName} was reviewed on Forkcast`,
    paragraphs: [
      [`A diner reviewed ${restaurantName} on Forkcast. Claim your listing to answer it, and to keep your details up to date.`],
      quoted(review),
      [{ link: claimUrl, label: 'Claim your listing and answer' }],
    ],
  };
}

/** To the reviewer: the restaurant answered. */
export function responseToReviewerMessage(review: ReviewSubmittedData, restaurantName: string, response: string, reviewUrl: string): EmailTemplate {
  return {
    subject: `${restaurantName} answered your review`,
    paragraphs: [
      [`${restaurantName} answered your review "${review.title}":`],
      [response],
      [{ link: reviewUrl, label: 'See it on Forkcast' }],
    ],
  };
}
