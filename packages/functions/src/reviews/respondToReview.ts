import { foldState, isStaffActing, readState, restaurantDecider, reviewDecider, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { restaurantActing } from '../restaurants/restaurantActing';
import { respondToReviewRoute } from './reviewsRoutes';
import { reviewStreamFromPath } from './reviewStreamFromPath';
import { runReviewCommand } from './runReviewCommand';

/**
 * PUT /reviews/{id}/response (owner or staff): the restaurant's answer under the review. The first
 * answer is 201, a rewrite (or the same text again) 200. The owner is read from the reviewed
 * restaurant's stream, not a view, so an owner acts as soon as the claim is recorded.
 */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(respondToReviewRoute, async (request) => {
  const stream = reviewStreamFromPath(request.params.id);
  const by = restaurantActing(request);
  const { state: review } = await readState(deps.events, reviewDecider, stream);
  let answersForRestaurant = isStaffActing(by);
  if (!answersForRestaurant && review.status !== 'none') {
    const restaurant = foldState(restaurantDecider, review.review.restaurant, await deps.events.readStream(review.review.restaurant));
    answersForRestaurant = restaurant.status !== 'unlisted' && restaurant.owner?.diner === by;
  }
  const result = await runReviewCommand(deps.events, request, stream, { type: 'RespondToReview', by, body: request.body.body, facts: { answersForRestaurant } });
  const status = result.event?.type === 'ReviewResponded' && result.event.version === result.version ? 201 : 200;
  return { ...commandResponse(201, { id: stream, stream, version: result.version }, `/reviews/${stream}`), statusCode: status };
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
