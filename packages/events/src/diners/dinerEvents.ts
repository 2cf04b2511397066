import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { dinerRegistered } from './dinerRegistered';
import { dinerProfileUpdated } from './dinerProfileUpdated';
import { visitRecorded } from './visitRecorded';
import { visitCorrected } from './visitCorrected';
import { visitDeleted } from './visitDeleted';
import { restaurantRated } from './restaurantRated';
import { ratingRevised } from './ratingRevised';
import { ratingWithdrawn } from './ratingWithdrawn';

/** Events of a diner's own stream (`diner-...`). */
export const dinerEventTypes = [dinerRegistered, dinerProfileUpdated] as const;
export type DinerEvent = NewEventOfType<(typeof dinerEventTypes)[number]>;
export type DinerEventEnvelope = EnvelopeOfType<(typeof dinerEventTypes)[number]>;

/** Events of a visit's stream (`visit-<ULID>`). */
export const visitEventTypes = [visitRecorded, visitCorrected, visitDeleted] as const;
export type VisitEvent = NewEventOfType<(typeof visitEventTypes)[number]>;
export type VisitEventEnvelope = EnvelopeOfType<(typeof visitEventTypes)[number]>;

/** Events of a rating's stream (`rating-<derived from diner and restaurant>`). */
export const ratingEventTypes = [restaurantRated, ratingRevised, ratingWithdrawn] as const;
export type RatingEvent = NewEventOfType<(typeof ratingEventTypes)[number]>;
export type RatingEventEnvelope = EnvelopeOfType<(typeof ratingEventTypes)[number]>;

/** The event types of the diners context, in catalog order. */
export const dinersEventTypes = [...dinerEventTypes, ...visitEventTypes, ...ratingEventTypes] as const;
