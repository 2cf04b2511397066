import type { Context } from '../app/context';
import { claimsRoutes } from './claimsRoutes';
import { claimsSubscriptions } from './claimsSubscriptions';
import { claimsWorkflows } from './claimsWorkflows';

/** Claims: diners claim restaurants and are onboarded as their owners. */
export const claims: Context = {
  name: 'claims',
  routes: claimsRoutes,
  subscriptions: claimsSubscriptions,
  workflows: claimsWorkflows,
};
