import type { SearchIndexStore } from '@forkcast/core/searchIndex';
import { awsSearchIndex } from '../app/aws/awsDiscovery';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import { searchRestaurantsRoute } from './discoveryRoutes';

/** GET /restaurants/search (public): one page of matches, with facets over the whole match. */
export const build = (deps: { searchIndex: SearchIndexStore }) => httpHandler(searchRestaurantsRoute, async (request) => {
  const { lat, lon, radiusKm, cuisine, price, q, sort, limit, cursor } = request.query;
  const index = await deps.searchIndex.current();
  // A foreign or forged cursor is a 400 from the shared error mapping.
  const page = index.search({
    ...(lat !== undefined && lon !== undefined ? { near: { lat, lon, radiusKm: radiusKm ?? 5 } } : {}),
    cuisines: cuisine, prices: price, text: q, sort, limit, cursor,
  });
  const { nextCursor, ...rest } = page;
  return jsonResponse(200, { ...rest, ...(nextCursor ? { cursor: nextCursor } : {}) });
});
export const handler = onAws(() => build({ searchIndex: awsSearchIndex() }));
