import { getReview, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { getReviewRoute } from './reviewsRoutes';
import { reviewStreamFromPath } from './reviewStreamFromPath';

/** GET /reviews/{id} (public): a published review; withdrawn ones are gone (404). */
export const build = (deps: { views: ViewStore }) => httpHandler(getReviewRoute, async (request) => {
  const stream = reviewStreamFromPath(request.params.id);
  const stored = await getReview(deps.views, stream);
  if (!stored?.view) throw notFound(`There is no review ${stream}.`);
  return viewResponse(request.event, { ...stored.view, version: stored.version }, stored.version);
});
export const handler = onAws(() => build(awsDynamoStores()));
