import { createHash } from 'node:crypto';
import { InvalidCursorError, listRestaurantsByCity } from '@forkcast/core';
import type { z } from 'zod';
import { stores } from '../config/stores';
import { httpHandler } from '../http/httpHandler';
import { badRequest } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import type { listRestaurantsQuery } from './restaurantRequests';

/** GET /restaurants?city=&limit=&cursor= (public): one page of the by-city view. */
export const handler = httpHandler<unknown, z.infer<typeof listRestaurantsQuery>>('listRestaurantsByCity', async (request) => {
  const { city, limit, cursor } = request.query;
  let page;
  try {
    page = await listRestaurantsByCity(stores().views, city, { limit, cursor });
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  // A page has no single version: its weak ETag is a digest of what it shows.
  const etag = `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(request.event, page, etag);
});
