import { getRestaurantSpecials, isCurrentSpecial, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { weakViewResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { listSpecialsRoute } from './restaurantsRoutes';

/**
 * GET /restaurants/{id}/specials (public): the specials current now (validFrom <= now < validTo),
 * soonest ending first. The answer changes with the clock, not only the version: a weak ETag of it.
 */
export const build = (deps: { views: ViewStore; clock?: () => Date }) => httpHandler(listSpecialsRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const stored = await getRestaurantSpecials(deps.views, stream);
  if (!stored?.view || stored.view.status !== 'listed') throw notFound(`There is no listed restaurant ${stream}.`);
  const now = (deps.clock ?? (() => new Date()))();
  const specials = stored.view.specials.filter((s) => isCurrentSpecial(s, now)).sort((a, b) => Date.parse(a.validTo) - Date.parse(b.validTo));
  return weakViewResponse(request.event, { restaurantId: stream, specials });
});
export const handler = onAws(() => build(awsDynamoStores()));
