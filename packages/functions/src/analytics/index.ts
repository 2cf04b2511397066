import type { Context } from '../app/context';
import { analyticsRoutes } from './analyticsRoutes';
import { analyticsWorkflows } from './analyticsWorkflows';

/** Analytics: staff read, replay and export the event log, which is never modified. */
export const analytics: Context = {
  name: 'analytics',
  routes: analyticsRoutes,
  subscriptions: [],
  workflows: analyticsWorkflows,
};
