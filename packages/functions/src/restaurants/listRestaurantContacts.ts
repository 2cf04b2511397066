import { getRestaurantContacts, getRestaurantProfile, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { restaurantStreamFromPath } from './restaurantStreamFromPath';
import { listRestaurantContactsRoute } from './restaurantsRoutes';

/** GET /restaurants/{id}/contacts (staff): the restaurant's contacts; none yet is an empty list. */
export const build = (deps: { views: ViewStore }) => httpHandler(listRestaurantContactsRoute, async (request) => {
  const stream = restaurantStreamFromPath(request.params.id);
  const contacts = await getRestaurantContacts(deps.views, stream);
  if (contacts) return viewResponse(request.event, contacts.view, contacts.version);
  if (!(await getRestaurantProfile(deps.views, stream))) throw notFound(`There is no restaurant ${stream}.`);
  return viewResponse(request.event, { restaurantId: stream, contacts: [] }, 'W/"no-contacts"');
});
export const handler = onAws(() => build(awsDynamoStores()));
