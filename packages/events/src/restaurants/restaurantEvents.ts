import type { EventEnvelope, NewEvent } from '../envelope';
import type { RestaurantListedData } from './restaurantListed';
import type { RestaurantProfileUpdatedData } from './restaurantProfileUpdated';
import type { RestaurantDelistedData } from './restaurantDelisted';
import { restaurantListed } from './restaurantListed';
import { restaurantProfileUpdated } from './restaurantProfileUpdated';
import { restaurantDelisted } from './restaurantDelisted';

/** The event types of the restaurants context, in catalog order. */
export const restaurantEventTypes = [restaurantListed, restaurantProfileUpdated, restaurantDelisted] as const;

/** What the restaurant decider emits (latest schemaVersion). */
export type RestaurantEvent =
  | NewEvent<'RestaurantListed', RestaurantListedData>
  | NewEvent<'RestaurantProfileUpdated', RestaurantProfileUpdatedData>
  | NewEvent<'RestaurantDelisted', RestaurantDelistedData>;

/** A restaurant event as read from the log, after upcasting. */
export type RestaurantEventEnvelope = {
  [E in RestaurantEvent as E['type']]: EventEnvelope<E['type'], E['data']>;
}[RestaurantEvent['type']];
