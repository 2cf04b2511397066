import { listDinerRatings, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyRatingsRoute } from './dinersRoutes';

/** GET /me/ratings?limit=&cursor= (diner): the caller's live ratings. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyRatingsRoute, async (request) => {
  const { stream } = callerDiner(request);
  // A foreign or forged cursor is a 400 from the shared error mapping.
  const page = await listDinerRatings(deps.views, stream, request.query);
  return weakViewResponse(request.event, page);
});
export const handler = onAws(() => build(awsDynamoStores()));
