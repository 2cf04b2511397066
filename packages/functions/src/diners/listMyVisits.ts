import { listDinerVisits, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyVisitsRoute } from './dinersRoutes';

/** GET /me/visits?limit=&cursor= (diner): the caller's visits by visit date. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyVisitsRoute, async (request) => {
  const { stream } = callerDiner(request);
  // A foreign or forged cursor is a 400 from the shared error mapping.
  const page = await listDinerVisits(deps.views, stream, request.query);
  return weakViewResponse(request.event, page);
});
export const handler = onAws(() => build(awsDynamoStores()));
