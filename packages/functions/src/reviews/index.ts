import type { Context } from '../app/context';
import { reviewsRoutes } from './reviewsRoutes';
import { reviewsSubscriptions } from './reviewsSubscriptions';

/** Reviews: what diners write about restaurants, and how they share it. */
export const reviews: Context = {
  name: 'reviews',
  routes: reviewsRoutes,
  subscriptions: reviewsSubscriptions,
  workflows: [],
};
