import type { RestaurantEventEnvelope } from '@forkcast/events';
import type { Projection } from '../../projections/projection';
import type { StoredView, ViewStore } from '../../projections/viewStore';

/** A restaurant as its owner's list shows it (GET /me/restaurants). */
export interface OwnedRestaurant {
  restaurantId: string;
  name: string;
  city: string;
  status: 'listed' | 'delisted';
  owner?: string;
  claimId?: string;
  ownedSince?: string;
}

function evolve(view: OwnedRestaurant | null, event: RestaurantEventEnvelope): OwnedRestaurant | null {
  switch (event.type) {
    case 'RestaurantListed':
      return { restaurantId: event.stream, name: event.data.name, city: event.data.city, status: 'listed' };
    case 'RestaurantProfileUpdated':
      return view && { ...view, ...(event.data.name ? { name: event.data.name } : {}), ...(event.data.city ? { city: event.data.city } : {}) };
    case 'RestaurantDelisted':
      return view && { ...view, status: 'delisted' };
    case 'RestaurantClaimed':
      return view && { ...view, owner: event.data.owner, claimId: event.data.claimId, ownedSince: event.occurredAt };
    default:
      return view;
  }
}

/**
 * One item per restaurant, in its owner's index once claimed (by name): an owner may own many.
 * Names are kept from the listing on, so the list needs no second read.
 */
export const ownedRestaurantsProjection: Projection<OwnedRestaurant, RestaurantEventEnvelope> = {
  name: 'ownedRestaurants',
  handles: ['RestaurantListed', 'RestaurantProfileUpdated', 'RestaurantDelisted', 'RestaurantClaimed'],
  initialView: () => null,
  evolve,
  indexKeys: (view) => ({ owner: view.owner }),
  indexSort: (view) => `${view.name.toLowerCase()}#${view.restaurantId}`,
};

/** The restaurants a diner stream owns, by name, a page at a time. */
export async function listOwnedRestaurants(views: ViewStore, owner: string, options: { limit?: number; cursor?: string } = {}) {
  const page = await views.query<OwnedRestaurant>(ownedRestaurantsProjection.name, 'owner', owner, { limit: Math.min(100, Math.max(1, options.limit ?? 50)), cursor: options.cursor });
  return { items: page.items.flatMap((i: StoredView<OwnedRestaurant>) => (i.view ? [i.view] : [])), cursor: page.cursor };
}
