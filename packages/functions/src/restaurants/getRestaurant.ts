import { getRestaurantProfile } from '@forkcast/core';
import type { z } from 'zod';
import { stores } from '../config/stores';
import { httpHandler } from '../http/httpHandler';
import { notFound } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import type { restaurantParams } from './restaurantRequests';
import { restaurantStreamOf } from './restaurantStreamOf';

/** GET /restaurants/{id} (public): the profile view, with the stream version as ETag. */
export const handler = httpHandler<unknown, unknown, z.infer<typeof restaurantParams>>('getRestaurant', async (request) => {
  const stream = restaurantStreamOf(request.params.id);
  const stored = await getRestaurantProfile(stores().views, stream);
  if (!stored?.view) throw notFound(`There is no restaurant ${stream}.`);
  return viewResponse(request.event, { ...stored.view, version: stored.version }, stored.version);
});
