import { createHash } from 'node:crypto';
import { InvalidCursorError, listDinerVisits, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { badRequest } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyVisitsRoute } from './dinersRoutes';

/** GET /me/visits?limit=&cursor= (diner): the caller's visits by visit date. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyVisitsRoute, async (request) => {
  const { stream } = callerDiner(request);
  let page;
  try {
    page = await listDinerVisits(deps.views, stream, request.query);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  // A page has no single version: its weak ETag is a digest of what it shows.
  const etag = `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(request.event, page, etag);
});
export const handler = onAws(() => build(awsDynamoStores()));
