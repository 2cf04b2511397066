import { listStaleSpecials, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsSettings } from '../app/aws/awsSettings';
import { specialsStaleAfterDays, type Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { listStaleSpecialsRoute } from './restaurantsRoutes';

/** GET /specials/stale (staff): owned restaurants whose specials went untouched for the period, oldest first. */
export const build = (deps: { views: ViewStore; settings: Settings; clock?: () => Date }) => httpHandler(listStaleSpecialsRoute, async (request) => {
  const periodDays = specialsStaleAfterDays(deps.settings);
  const items = await listStaleSpecials(deps.views, (deps.clock ?? (() => new Date()))(), periodDays);
  return weakViewResponse(request.event, { periodDays, items });
});
export const handler = onAws(() => build({ ...awsDynamoStores(), settings: awsSettings() }));
