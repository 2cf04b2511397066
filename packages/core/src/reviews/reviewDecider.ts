import { reviewEventTypes, type ReviewEditedData, type ReviewEvent, type ReviewSubmittedData } from '@forkcast/events';
import type { Decider } from '../decider';
import { DomainError, DomainForbiddenError, DomainNotFoundError } from '../commands/commandErrors';
import { dinerNotRegistered } from '../diners/dinerNotRegistered';
import type { ReviewCommand, ReviewNotificationCommand } from './reviewCommands';
import { evolveReview, initialReviewState, type ReviewState } from './reviewState';

function existing(state: ReviewState): { status: 'published' | 'withdrawn'; review: ReviewSubmittedData } {
  if (state.status === 'none') throw new DomainNotFoundError('review-not-found', 'there is no such review');
  return state;
}

/**
 * Reviews are public, so a non-author learns nothing from a refusal: 403, unlike visits (private,
 * 404). A withdrawn review is a rule (409), not missing: its author may ask why it will not change.
 */
function authored(state: ReviewState, by: string): ReviewSubmittedData {
  const { status, review } = existing(state);
  if (review.author !== by) throw new DomainForbiddenError('not-review-author', 'only the author may change a review');
  if (status === 'withdrawn') throw new DomainError('review-withdrawn', 'the review was withdrawn');
  return review;
}

function edits(review: ReviewSubmittedData, proposed: ReviewEditedData): ReviewEditedData {
  return Object.fromEntries(
    Object.entries(proposed).filter(([field, value]) => value !== undefined && value !== (review as Record<string, unknown>)[field]),
  ) as ReviewEditedData;
}

/** Owners and staff answer; they need not be registered diners, so this comes before that rule. */
function respond(command: Extract<ReviewCommand, { type: 'RespondToReview' }>, state: ReviewState): ReviewEvent | null {
  const { status } = existing(state);
  if (!command.facts.answersForRestaurant) throw new DomainForbiddenError('not-restaurant-owner', "only the reviewed restaurant's owner or staff may answer a review");
  if (status === 'withdrawn') throw new DomainError('review-withdrawn', 'the review was withdrawn');
  const current = state.status === 'none' ? undefined : state.response;
  if (!current) return { type: 'ReviewResponded', data: { respondedBy: command.by, body: command.body } };
  if (current.body === command.body) return null;
  return { type: 'ReviewResponseEdited', data: { respondedBy: command.by, body: command.body } };
}

/**
 * The notification's outcomes: each recorded once (a retried task appends nothing), and none once the
 * review is withdrawn (its execution is being stopped; a task that raced the stop records nothing).
 */
function decideNotification(command: ReviewNotificationCommand, state: ReviewState): ReviewEvent | null {
  const { status } = existing(state);
  if (status === 'withdrawn') throw new DomainError('review-withdrawn', 'the review was withdrawn');
  const notification = state.status === 'none' ? undefined : state.notification;
  switch (command.type) {
    case 'RecordOwnerNotified':
      return notification?.restaurant ? null : { type: 'ReviewOwnerNotified', data: { owner: command.owner, emailed: command.emailed } };
    case 'RecordReviewForwarded':
      return notification?.restaurant ? null : { type: 'ReviewForwardedToRestaurant', data: { contactId: command.contactId } };
    case 'RecordNotificationUndeliverable':
      return notification?.restaurant ? null : { type: 'ReviewNotificationUndeliverable', data: { reason: command.reason } };
    case 'AwaitReviewResponse':
      return notification?.awaitingResponse === command.taskToken ? null : { type: 'ReviewResponseAwaited', data: { taskToken: command.taskToken } };
    case 'RecordReviewerNotified':
      return notification?.reviewerNotified ? null : { type: 'ReviewerNotifiedOfResponse', data: { emailed: command.emailed } };
    case 'RecordReviewUnanswered':
      return notification?.unanswered ? null : { type: 'ReviewUnanswered', data: { waitedSeconds: command.waitedSeconds } };
  }
}

const notificationCommands = new Set<ReviewCommand['type']>([
  'RecordOwnerNotified', 'RecordReviewForwarded', 'RecordNotificationUndeliverable', 'AwaitReviewResponse', 'RecordReviewerNotified', 'RecordReviewUnanswered',
]);
const isNotificationCommand = (command: ReviewCommand): command is ReviewNotificationCommand => notificationCommands.has(command.type);

function decide(command: ReviewCommand, state: ReviewState): ReviewEvent | null {
  if (isNotificationCommand(command)) return decideNotification(command, state);
  if (command.type === 'RespondToReview') return respond(command, state);
  if (!command.facts.dinerRegistered) throw dinerNotRegistered();
  switch (command.type) {
    case 'SubmitReview':
      if (state.status !== 'none') throw new DomainError('review-already-submitted', 'this review is already submitted');
      if (!command.facts.restaurantListed) throw new DomainNotFoundError('restaurant-not-found', 'there is no such listed restaurant');
      return { type: 'ReviewSubmitted', data: command.data };
    case 'EditReview': {
      const changed = edits(authored(state, command.by), command.data);
      return Object.keys(changed).length === 0 ? null : { type: 'ReviewEdited', data: changed };
    }
    case 'WithdrawReview':
      authored(state, command.by);
      return { type: 'ReviewWithdrawn', data: {} };
    case 'ShareReview':
      if (existing(state).status === 'withdrawn') throw new DomainNotFoundError('review-not-found', 'the review was withdrawn');
      return { type: 'ReviewShared', data: { sharer: command.by, network: command.network, referralCode: command.referralCode } };
  }
}

/** A review: one stream each (`review-<ULID>`); its shares are recorded on it too. */
export const reviewDecider: Decider<ReviewCommand, ReviewEvent, ReviewState> = {
  eventTypes: reviewEventTypes.map((t) => t.type),
  initialState: initialReviewState,
  evolve: evolveReview,
  decide,
};
