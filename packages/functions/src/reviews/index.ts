import type { Context } from '../app/context';
import { reviewsRoutes } from './reviewsRoutes';
import { reviewsSubscriptions } from './reviewsSubscriptions';
import { reviewsWorkflows } from './reviewsWorkflows';

/** Reviews: what diners write about restaurants, how they share it, and how restaurants hear of it and answer. */
export const reviews: Context = {
  name: 'reviews',
  routes: reviewsRoutes,
  subscriptions: reviewsSubscriptions,
  workflows: reviewsWorkflows,
};
