import type { StoredView, ViewStore } from '../../projections/viewStore';
import { cityKey } from './cityKey';
import { restaurantProfileProjection, type RestaurantProfileView } from './restaurantProfileProjection';
import { restaurantsByCityProjection, type RestaurantSummary } from './restaurantsByCityProjection';

/** A restaurant's profile and the stream version it reflects (for the ETag); undefined if unknown. */
export async function getRestaurantProfile(views: ViewStore, id: string): Promise<StoredView<RestaurantProfileView> | undefined> {
  const stored = await views.get<RestaurantProfileView>(restaurantProfileProjection.name, id);
  return stored?.view ? stored : undefined;
}

/** One page of a city's restaurants. */
export interface RestaurantPage {
  items: RestaurantSummary[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

/** Listed restaurants of a city by name, a page at a time (limit 1-100, default 20). */
export async function listRestaurantsByCity(
  views: ViewStore, city: string, options: { limit?: number; cursor?: string } = {},
): Promise<RestaurantPage> {
  const limit = Math.min(100, Math.max(1, options.limit ?? 20));
  const page = await views.query<RestaurantSummary>(restaurantsByCityProjection.name, 'city', cityKey(city), { limit, cursor: options.cursor });
  return { items: page.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: page.cursor };
}
