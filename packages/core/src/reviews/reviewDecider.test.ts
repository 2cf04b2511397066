import { describe, it } from 'vitest';
import type { ReviewEvent, ReviewSubmittedData } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainForbiddenError, DomainNotFoundError } from '../commands/commandErrors';
import { reviewDecider } from './reviewDecider';

const spec = deciderSpec(reviewDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const facts = { dinerRegistered: true, restaurantListed: true };
const data: ReviewSubmittedData = { author: 'diner-A', restaurant: 'restaurant-R', title: 'Great mole', body: 'We went twice.', stars: 5 };
const submitted: ReviewEvent = { type: 'ReviewSubmitted', data };
const withdrawn: ReviewEvent = { type: 'ReviewWithdrawn', data: {} };

describe('reviewDecider', () => {
  it('submits a review once, for a listed restaurant, by a registered diner', () => {
    spec.given([]).when({ type: 'SubmitReview', data, facts }).then(submitted);
    spec.given([submitted]).when({ type: 'SubmitReview', data, facts }).thenThrows(DomainError, code('review-already-submitted'));
    spec.given([]).when({ type: 'SubmitReview', data, facts: { ...facts, restaurantListed: false } }).thenThrows(DomainNotFoundError, code('restaurant-not-found'));
    spec.given([]).when({ type: 'SubmitReview', data, facts: { ...facts, dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('lets only the author edit or withdraw (403 for anyone else)', () => {
    spec.given([submitted]).when({ type: 'EditReview', by: 'diner-A', data: { stars: 4, title: 'Great mole' }, facts }).then({ type: 'ReviewEdited', data: { stars: 4 } });
    spec.given([submitted]).when({ type: 'EditReview', by: 'diner-A', data: { stars: 5 }, facts }).then(null);
    spec.given([submitted]).when({ type: 'EditReview', by: 'diner-B', data: { stars: 1 }, facts }).thenThrows(DomainForbiddenError, code('not-review-author'));
    spec.given([submitted]).when({ type: 'WithdrawReview', by: 'diner-B', facts }).thenThrows(DomainForbiddenError, code('not-review-author'));
    spec.given([submitted]).when({ type: 'WithdrawReview', by: 'diner-A', facts }).then(withdrawn);
  });

  it('refuses to edit or withdraw a withdrawn review, and to touch one that never existed', () => {
    spec.given([submitted, withdrawn]).when({ type: 'EditReview', by: 'diner-A', data: { stars: 1 }, facts }).thenThrows(DomainError, code('review-withdrawn'));
    spec.given([submitted, withdrawn]).when({ type: 'WithdrawReview', by: 'diner-A', facts }).thenThrows(DomainError, code('review-withdrawn'));
    spec.given([]).when({ type: 'EditReview', by: 'diner-A', data: { stars: 1 }, facts }).thenThrows(DomainNotFoundError, code('review-not-found'));
  });

  it('records a share of a live review by any registered diner, never of a withdrawn one', () => {
    spec.given([submitted]).when({ type: 'ShareReview', by: 'diner-B', network: 'x', referralCode: '0123456789', facts })
      .then({ type: 'ReviewShared', data: { sharer: 'diner-B', network: 'x', referralCode: '0123456789' } });
    spec.given([submitted, withdrawn]).when({ type: 'ShareReview', by: 'diner-B', network: 'x', referralCode: '0123456789', facts }).thenThrows(DomainNotFoundError, code('review-not-found'));
    spec.given([submitted]).when({ type: 'ShareReview', by: 'diner-B', network: 'link', referralCode: '0123456789', facts: { dinerRegistered: false } }).thenThrows(DomainError, code('diner-not-registered'));
  });

  it('records each outcome of the review\'s notification once, and none on a withdrawn or missing review', () => {
    const notified: ReviewEvent = { type: 'ReviewOwnerNotified', data: { owner: 'diner-O', emailed: true } };
    spec.given([submitted]).when({ type: 'RecordOwnerNotified', owner: 'diner-O', emailed: true }).then(notified);
    // One restaurant-side outcome per review, however often the task is retried or what it found then.
    spec.given([submitted, notified]).when({ type: 'RecordOwnerNotified', owner: 'diner-O', emailed: true }).then(null);
    spec.given([submitted, notified]).when({ type: 'RecordReviewForwarded', contactId: '01JH0000000000000000000009' }).then(null);
    spec.given([submitted]).when({ type: 'RecordReviewForwarded', contactId: '01JH0000000000000000000009' })
      .then({ type: 'ReviewForwardedToRestaurant', data: { contactId: '01JH0000000000000000000009' } });
    spec.given([submitted]).when({ type: 'RecordNotificationUndeliverable', reason: 'no-restaurant-contact' })
      .then({ type: 'ReviewNotificationUndeliverable', data: { reason: 'no-restaurant-contact' } });
    const awaited: ReviewEvent = { type: 'ReviewResponseAwaited', data: { taskToken: 't1' } };
    spec.given([submitted, notified]).when({ type: 'AwaitReviewResponse', taskToken: 't1' }).then(awaited);
    spec.given([submitted, notified, awaited]).when({ type: 'AwaitReviewResponse', taskToken: 't1' }).then(null);
    const told: ReviewEvent = { type: 'ReviewerNotifiedOfResponse', data: { emailed: false } };
    spec.given([submitted, awaited]).when({ type: 'RecordReviewerNotified', emailed: false }).then(told);
    spec.given([submitted, awaited, told]).when({ type: 'RecordReviewerNotified', emailed: true }).then(null);
    spec.given([submitted, awaited]).when({ type: 'RecordReviewUnanswered', waitedSeconds: 60 }).then({ type: 'ReviewUnanswered', data: { waitedSeconds: 60 } });
    spec.given([submitted, withdrawn]).when({ type: 'RecordOwnerNotified', owner: 'diner-O', emailed: true }).thenThrows(DomainError, code('review-withdrawn'));
    spec.given([]).when({ type: 'AwaitReviewResponse', taskToken: 't1' }).thenThrows(DomainNotFoundError, code('review-not-found'));
  });
});

describe('the restaurant answering a review', () => {
  const answer = (body: string, answersForRestaurant = true, by = 'diner-O') => ({ type: 'RespondToReview' as const, by, body, facts: { answersForRestaurant } });
  const responded: ReviewEvent = { type: 'ReviewResponded', data: { respondedBy: 'diner-O', body: 'Thanks!' } };

  it('answers first with ReviewResponded, then rewrites with ReviewResponseEdited; the same text again changes nothing', () => {
    spec.given([submitted]).when(answer('Thanks!')).then(responded);
    spec.given([submitted, responded]).when(answer('Thanks!')).then(null);
    spec.given([submitted, responded]).when(answer('Thanks, see you', true, 'staff:s1')).then({ type: 'ReviewResponseEdited', data: { respondedBy: 'staff:s1', body: 'Thanks, see you' } });
  });

  it('refuses anyone not answering for the reviewed restaurant (403), a withdrawn review (409) and a missing one (404)', () => {
    spec.given([submitted]).when(answer('Hi', false)).thenThrows(DomainForbiddenError, code('not-restaurant-owner'));
    spec.given([submitted, withdrawn]).when(answer('Hi')).thenThrows(DomainError, code('review-withdrawn'));
    spec.given([]).when(answer('Hi')).thenThrows(DomainNotFoundError, code('review-not-found'));
  });
});
