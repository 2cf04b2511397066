import type { Context } from '../app/context';
import { dinersRoutes } from './dinersRoutes';
import { dinersSubscriptions } from './dinersSubscriptions';

/** Diners: profiles and what diners do at restaurants (visits), the seed of recommendations. */
export const diners: Context = {
  name: 'diners',
  routes: dinersRoutes,
  subscriptions: dinersSubscriptions,
  workflows: [],
  // The Cognito sign-up trigger registers the diner the first time they sign up (stacks/Api.ts).
  emitters: [{ name: 'diners/registerDinerOnSignUp (Cognito post-confirmation trigger)', emits: ['DinerRegistered'] }],
};
