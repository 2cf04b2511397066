import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { dinerRegistered } from './dinerRegistered';
import { dinerProfileUpdated } from './dinerProfileUpdated';
import { visitRecorded } from './visitRecorded';
import { visitCorrected } from './visitCorrected';
import { visitDeleted } from './visitDeleted';
import { restaurantRated } from './restaurantRated';
import { ratingRevised } from './ratingRevised';
import { ratingWithdrawn } from './ratingWithdrawn';
import { friendInvited } from './friendInvited';
import { invitationAccepted } from './invitationAccepted';
import { invitationCredited } from './invitationCredited';
import { contestEntryEarned } from './contestEntryEarned';
import { contestWinnerDrawn } from './contestWinnerDrawn';

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

/** Events of an invitation's stream (`invitation-<code>`). */
export const invitationEventTypes = [friendInvited, invitationAccepted] as const;
export type InvitationEvent = NewEventOfType<(typeof invitationEventTypes)[number]>;
export type InvitationEventEnvelope = EnvelopeOfType<(typeof invitationEventTypes)[number]>;

/** Events of an inviter's contest stream (`contest-<derived from the diner>`). */
export const contestEventTypes = [invitationCredited, contestEntryEarned] as const;
export type ContestEvent = NewEventOfType<(typeof contestEventTypes)[number]>;
export type ContestEventEnvelope = EnvelopeOfType<(typeof contestEventTypes)[number]>;

/** Events of a draw's stream (`draw-<ULID>`). */
export const drawEventTypes = [contestWinnerDrawn] as const;
export type DrawEvent = NewEventOfType<(typeof drawEventTypes)[number]>;

/** The event types of the diners context, in catalog order. */
export const dinersEventTypes = [
  ...dinerEventTypes, ...visitEventTypes, ...ratingEventTypes, ...invitationEventTypes, ...contestEventTypes, ...drawEventTypes,
] as const;
