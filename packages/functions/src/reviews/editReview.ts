import type { IdempotencyStore } from '@forkcast/core';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { commandResponse } from '../http/responses';
import { callerDiner } from '../diners/callerDiner';
import { editReviewRoute } from './reviewsRoutes';
import { reviewStreamFromPath } from './reviewStreamFromPath';
import { callerFacts, runReviewCommand } from './runReviewCommand';

/** PATCH /reviews/{id} (diner): the author edits their review; anyone else gets 403. */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(editReviewRoute, async (request) => {
  const stream = reviewStreamFromPath(request.params.id);
  const { stream: by } = callerDiner(request);
  const result = await runReviewCommand(deps.events, request, stream, { type: 'EditReview', by, data: request.body, facts: await callerFacts(deps.events, by) });
  return commandResponse(202, { id: stream, stream, version: result.version }, `/reviews/${stream}`);
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
