import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { reviewSubmitted } from './reviewSubmitted';
import { reviewEdited } from './reviewEdited';
import { reviewWithdrawn } from './reviewWithdrawn';
import { reviewShared } from './reviewShared';
import { reviewResponded } from './reviewResponded';
import { reviewResponseEdited } from './reviewResponseEdited';

/** The event types of the reviews context (a review's stream, `review-<ULID>`), in catalog order. */
export const reviewEventTypes = [reviewSubmitted, reviewEdited, reviewWithdrawn, reviewShared, reviewResponded, reviewResponseEdited] as const;
export type ReviewEvent = NewEventOfType<(typeof reviewEventTypes)[number]>;
export type ReviewEventEnvelope = EnvelopeOfType<(typeof reviewEventTypes)[number]>;
