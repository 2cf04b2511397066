import type { Context } from '../app/context';
import { discoveryRoutes } from './discoveryRoutes';
import { discoverySubscriptions } from './discoverySubscriptions';

/** Discovery: search over the catalogue and recommendations learned from the log. */
export const discovery: Context = {
  name: 'discovery',
  routes: discoveryRoutes,
  subscriptions: discoverySubscriptions,
  workflows: [],
};
