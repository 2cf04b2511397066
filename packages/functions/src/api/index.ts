import type { Context } from '../app/context';
import { apiRoutes } from './apiRoutes';

/** The API about itself: its OpenAPI document. */
export const api: Context = {
  name: 'api',
  routes: apiRoutes,
  subscriptions: [],
  workflows: [],
};
