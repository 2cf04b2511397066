import type { Subscription } from './subscription';

/**
 * Every route from the `forkcast` bus to a consumer. Live consumers exclude replayed events: a
 * replay rebuilds read models explicitly and must not re-trigger them (or any workflow) through
 * their live rules. The test is on `meta.replay.id`, not `meta.replay`: EventBridge's `exists` only
 * sees leaf values, so `"replay": [{"exists": false}]` would also match events that carry
 * `replay: {id}` (an object) and let every replay through.
 */
const liveRestaurantEvents = {
  source: ['forkcast.restaurants'],
  'detail-type': ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted'],
  detail: { meta: { replay: { id: [{ exists: false }] } } },
};

export const subscriptions: readonly Subscription[] = [
  {
    id: 'restaurant-profile',
    description: 'Keeps the restaurant profile view (GET /restaurants/{id}) up to date.',
    pattern: liveRestaurantEvents,
    target: {
      kind: 'projection',
      name: 'restaurantProfile',
      handler: { module: 'projections/restaurantProfile', export: 'handler' },
      load: () => import('../projections/restaurantProfile').then((m) => m.handler),
    },
  },
  {
    id: 'restaurants-by-city',
    description: 'Keeps the list of listed restaurants by city (GET /restaurants?city=) up to date.',
    pattern: liveRestaurantEvents,
    target: {
      kind: 'projection',
      name: 'restaurantsByCity',
      handler: { module: 'projections/restaurantsByCity', export: 'handler' },
      load: () => import('../projections/restaurantsByCity').then((m) => m.handler),
    },
  },
];
