import { listOnboardings, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { listOnboardingsRoute } from './claimsRoutes';

/** GET /onboarding?status=&limit=&cursor= (staff): onboardings in one status, without their histories. */
export const build = (deps: { views: ViewStore }) => httpHandler(listOnboardingsRoute, async (request) => {
  const { status, limit, cursor } = request.query;
  const page = await listOnboardings(deps.views, status, { limit, cursor });
  const items = page.items.map(({ history: _history, ...item }) => item);
  return weakViewResponse(request.event, { items, ...(page.cursor ? { cursor: page.cursor } : {}) });
});
export const handler = onAws(() => build(awsDynamoStores()));
