import type { Context } from '../app/context';
import { restaurantsRoutes } from './restaurantsRoutes';
import { restaurantsSubscriptions } from './restaurantsSubscriptions';

/** Restaurants: the catalogue staff curate, its profile and by-city views. */
export const restaurants: Context = {
  name: 'restaurants',
  routes: restaurantsRoutes,
  subscriptions: restaurantsSubscriptions,
  workflows: [],
};
