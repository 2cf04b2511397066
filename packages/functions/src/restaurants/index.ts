import type { Context } from '../app/context';
import { restaurantsRoutes } from './restaurantsRoutes';
import { restaurantsSchedules } from './restaurantsSchedules';
import { restaurantsSubscriptions } from './restaurantsSubscriptions';

/** Restaurants: the catalogue staff curate, its profile and by-city views, and what owners keep (profile, specials). */
export const restaurants: Context = {
  name: 'restaurants',
  routes: restaurantsRoutes,
  subscriptions: restaurantsSubscriptions,
  workflows: [],
  schedules: restaurantsSchedules,
};
