import type { Context } from '../app/context';
import { dinersRoutes } from './dinersRoutes';
import { dinersSubscriptions } from './dinersSubscriptions';

/** Diners: profiles and what diners do at restaurants (visits), the seed of recommendations. */
export const diners: Context = {
  name: 'diners',
  routes: dinersRoutes,
  subscriptions: dinersSubscriptions,
  workflows: [],
};
