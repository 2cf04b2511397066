import { createHash } from 'node:crypto';
import { InvalidCursorError, listDinerRatings, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { badRequest } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyRatingsRoute } from './dinersRoutes';

/** GET /me/ratings?limit=&cursor= (diner): the caller's live ratings. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyRatingsRoute, async (request) => {
  const { stream } = callerDiner(request);
  let page;
  try {
    page = await listDinerRatings(deps.views, stream, request.query);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  // A page has no single version: its weak ETag is a digest of what it shows.
  const etag = `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(request.event, page, etag);
});
export const handler = onAws(() => build(awsDynamoStores()));
