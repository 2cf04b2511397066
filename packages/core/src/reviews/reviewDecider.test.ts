import { describe, it } from 'vitest';
import type { ReviewEvent, ReviewSubmittedData } from '@forkcast/events';
import { deciderSpec } from '../testing/deciderSpec';
import { DomainError, DomainForbiddenError, DomainNotFoundError } from '../commands/commandErrors';
import { reviewDecider } from './reviewDecider';

const spec = deciderSpec(reviewDecider);
const code = (c: string) => (e: DomainError) => e.code === c;
const facts = { dinerRegistered: true, restaurantListed: true };
const data: ReviewSubmittedData = { author: 'diner-A', restaurant: 'restaurant-R', title: 'Great mole', body: 'We went twice.', stars: 5, language: 'en' };
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
});
