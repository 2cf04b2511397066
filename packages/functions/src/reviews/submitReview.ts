import { derivedId, foldState, newReviewStream, restaurantDecider, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from '../diners/callerDiner';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { submitReviewRoute } from './reviewsRoutes';
import { callerFacts, runReviewCommand } from './runReviewCommand';

/** POST /restaurants/{id}/reviews (diner): publishes a review of the caller on a new review stream. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(submitReviewRoute, async (request) => {
  const restaurant = restaurantStreamFromPath(request.params.id);
  const { stream: author } = callerDiner(request);
  // A retried POST with the same Idempotency-Key must land on the same stream to be recognised.
  const stream = request.idempotencyKey ? `review-${derivedId(['review', author, request.idempotencyKey])}` : newReviewStream();
  const [facts, restaurantLog] = await Promise.all([callerFacts(deps.events, author), deps.events.readStream(restaurant)]);
  const restaurantListed = foldState(restaurantDecider, restaurant, restaurantLog).status === 'listed';
  const result = await runReviewCommand(deps.events, request, stream, {
    type: 'SubmitReview', data: { ...request.body, author, restaurant }, facts: { dinerRegistered: facts.dinerRegistered, restaurantListed },
  });
  return commandResponse(201, { id: stream, stream, version: result.version }, `/reviews/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
