import type { SpecialPostedData, SpecialsReminderSentData, RestaurantContactAddedData, RestaurantContactCorrectedData, RestaurantListedData, RestaurantProfileUpdatedData } from '@forkcast/events';

/** Staff list a new restaurant (its stream must not exist yet). */
export interface ListRestaurant {
  type: 'ListRestaurant';
  data: RestaurantListedData;
}

/**
 * Who acts for a restaurant: the owner's diner stream (`diner-…`) or `staff:<sub>`. Only the HTTP
 * edge makes it, from the verified token (restaurants/restaurantActing.ts in functions).
 */
export type RestaurantActing = string;

/**
 * Staff (or the owner, for the fields owners keep) change profile fields; null clears an optional
 * field. Unchanged fields are ignored. Without `by` the caller is a path that authorized already
 * (staff-only routes' role check, imports, tests).
 */
export interface UpdateRestaurantProfile {
  type: 'UpdateRestaurantProfile';
  data: RestaurantProfileUpdatedData;
  by?: RestaurantActing;
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

/** The owner (or staff) posts a special; `now` is the caller's clock, for the cap on live specials. */
export interface PostSpecial {
  type: 'PostSpecial';
  by: RestaurantActing;
  data: Omit<SpecialPostedData, 'postedBy'>;
  now: string;
}

/** The owner (or staff) takes a special down. */
export interface WithdrawSpecial {
  type: 'WithdrawSpecial';
  by: RestaurantActing;
  specialId: string;
}

/**
 * The freshness check records the reminder it mailed. `specialsUpdatedAt` is the check's fact (from
 * the specials view); the decider keeps it to one reminder per period.
 */
export interface RecordSpecialsReminder {
  type: 'RecordSpecialsReminder';
  data: Omit<SpecialsReminderSentData, 'owner'>;
}

/** Every command the restaurant decider accepts. */
export type RestaurantCommand =
  | ListRestaurant | UpdateRestaurantProfile | DelistRestaurant | ImportRestaurant | AddRestaurantContact | CorrectRestaurantContact | ClaimRestaurant
  | PostSpecial | WithdrawSpecial | RecordSpecialsReminder;
