import type { ReviewEditedData, ReviewNotificationUndeliverableData, ReviewSubmittedData, ShareNetwork } from '@forkcast/events';

type UndeliverableReason = ReviewNotificationUndeliverableData['reason'];

/** What the handler read before deciding: the caller's registration, the restaurant's listing. */
export interface ReviewFacts {
  dinerRegistered: boolean;
  restaurantListed?: boolean;
}

export interface SubmitReview {
  type: 'SubmitReview';
  data: ReviewSubmittedData;
  facts: Required<ReviewFacts>;
}

/** Only the author edits; `by` is the caller's diner stream. */
export interface EditReview {
  type: 'EditReview';
  by: string;
  data: ReviewEditedData;
  facts: ReviewFacts;
}

export interface WithdrawReview {
  type: 'WithdrawReview';
  by: string;
  facts: ReviewFacts;
}

/** Any registered diner may share a live review, with their own referral code. */
export interface ShareReview {
  type: 'ShareReview';
  by: string;
  network: ShareNetwork;
  referralCode: string;
  facts: ReviewFacts;
}

/**
 * The restaurant answers a review: a first answer, or a rewrite of it. `by` is the owner's diner
 * stream or `staff:<sub>`; whether they answer for the reviewed restaurant is the handler's fact
 * (read from the restaurant's stream), since the review's stream does not know its owner.
 */
export interface RespondToReview {
  type: 'RespondToReview';
  by: string;
  body: string;
  facts: { answersForRestaurant: boolean };
}


/**
 * What the review's notification (workflow review-notification) records, one outcome per command.
 * Issued by the workflow's tasks (a system actor), so they carry no facts about a caller.
 */
export type ReviewNotificationCommand =
  | { type: 'RecordOwnerNotified'; owner: string; emailed: boolean }
  | { type: 'RecordReviewForwarded'; contactId: string }
  | { type: 'RecordNotificationUndeliverable'; reason: UndeliverableReason }
  | { type: 'AwaitReviewResponse'; taskToken: string }
  | { type: 'RecordReviewerNotified'; emailed: boolean }
  | { type: 'RecordReviewUnanswered'; waitedSeconds: number };

export type ReviewCommand = SubmitReview | EditReview | WithdrawReview | ShareReview | RespondToReview | ReviewNotificationCommand;
