import type { RestaurantContactAddedData, RestaurantContactCorrectedData, RestaurantListedData, RestaurantProfileUpdatedData } from '@forkcast/events';

/** Staff list a new restaurant (its stream must not exist yet). */
export interface ListRestaurant {
  type: 'ListRestaurant';
  data: RestaurantListedData;
}

/** Staff change profile fields; null clears an optional field. Unchanged fields are ignored. */
export interface UpdateRestaurantProfile {
  type: 'UpdateRestaurantProfile';
  data: RestaurantProfileUpdatedData;
}

/** Staff take a restaurant out of the catalogue. */
export interface DelistRestaurant {
  type: 'DelistRestaurant';
  data: { reason: string };
}

/**
 * A row of a bought list: lists the restaurant when new, updates the fields the row changes when
 * known, and does nothing when it is delisted (an import never brings a delisted place back).
 */
export interface ImportRestaurant {
  type: 'ImportRestaurant';
  data: RestaurantListedData & { source: string; externalId: string };
}

/** Staff record whom to write to at the restaurant. */
export interface AddRestaurantContact {
  type: 'AddRestaurantContact';
  data: RestaurantContactAddedData;
}

/** Staff correct a contact (null clears the phone or the name). */
export interface CorrectRestaurantContact {
  type: 'CorrectRestaurantContact';
  data: RestaurantContactCorrectedData;
}

/**
 * A verified claim makes its claimant the owner. Sent by the onboarding workflow; repeating the
 * winning claim changes nothing, any other claim on an owned restaurant is refused.
 */
export interface ClaimRestaurant {
  type: 'ClaimRestaurant';
  data: { claimId: string; owner: string };
}

/** Every command the restaurant decider accepts. */
export type RestaurantCommand = ListRestaurant | UpdateRestaurantProfile | DelistRestaurant | ImportRestaurant | AddRestaurantContact | CorrectRestaurantContact | ClaimRestaurant;
