import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { restaurantListed } from './restaurantListed';
import { restaurantProfileUpdated } from './restaurantProfileUpdated';
import { restaurantDelisted } from './restaurantDelisted';
import { restaurantContactAdded } from './restaurantContactAdded';
import { restaurantContactCorrected } from './restaurantContactCorrected';
import { restaurantClaimed } from './restaurantClaimed';
import { specialPosted } from './specialPosted';
import { specialWithdrawn } from './specialWithdrawn';
import { specialsReminderSent } from './specialsReminderSent';

/** The event types of the restaurants context, in catalog order. */
export const restaurantEventTypes = [restaurantListed, restaurantProfileUpdated, restaurantDelisted, restaurantContactAdded, restaurantContactCorrected, restaurantClaimed, specialPosted, specialWithdrawn, specialsReminderSent] as const;

/** What the restaurant decider emits (latest schemaVersion). */
export type RestaurantEvent = NewEventOfType<(typeof restaurantEventTypes)[number]>;

/** A restaurant event as read from the log, after upcasting. */
export type RestaurantEventEnvelope = EnvelopeOfType<(typeof restaurantEventTypes)[number]>;
