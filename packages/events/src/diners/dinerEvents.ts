import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { dinerRegistered } from './dinerRegistered';
import { dinerProfileUpdated } from './dinerProfileUpdated';
import { visitRecorded } from './visitRecorded';
import { visitCorrected } from './visitCorrected';
import { visitDeleted } from './visitDeleted';

/** Events of a diner's own stream (`diner-...`). */
export const dinerEventTypes = [dinerRegistered, dinerProfileUpdated] as const;
export type DinerEvent = NewEventOfType<(typeof dinerEventTypes)[number]>;
export type DinerEventEnvelope = EnvelopeOfType<(typeof dinerEventTypes)[number]>;

/** Events of a visit's stream (`visit-<ULID>`). */
export const visitEventTypes = [visitRecorded, visitCorrected, visitDeleted] as const;
export type VisitEvent = NewEventOfType<(typeof visitEventTypes)[number]>;
export type VisitEventEnvelope = EnvelopeOfType<(typeof visitEventTypes)[number]>;

/** The event types of the diners context, in catalog order. */
export const dinersEventTypes = [...dinerEventTypes, ...visitEventTypes] as const;
