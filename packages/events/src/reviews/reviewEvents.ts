import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { reviewSubmitted } from './reviewSubmitted';
import { reviewEdited } from './reviewEdited';
import { reviewWithdrawn } from './reviewWithdrawn';
import { reviewShared } from './reviewShared';
import { reviewResponded } from './reviewResponded';
import { reviewResponseEdited } from './reviewResponseEdited';
import { reviewOwnerNotified } from './reviewOwnerNotified';
import { reviewForwardedToRestaurant } from './reviewForwardedToRestaurant';
import { reviewNotificationUndeliverable } from './reviewNotificationUndeliverable';
import { reviewResponseAwaited } from './reviewResponseAwaited';
import { reviewerNotifiedOfResponse } from './reviewerNotifiedOfResponse';
import { reviewUnanswered } from './reviewUnanswered';

/** The event types of the reviews context (a review's stream, `review-<ULID>`), in catalog order. */
export const reviewEventTypes = [
  reviewSubmitted, reviewEdited, reviewWithdrawn, reviewShared, reviewResponded, reviewResponseEdited,
  // The review's notification (workflow review-notification): its journey, one outcome per event.
  reviewOwnerNotified, reviewForwardedToRestaurant, reviewNotificationUndeliverable, reviewResponseAwaited, reviewerNotifiedOfResponse, reviewUnanswered,
] as const;
export type ReviewEvent = NewEventOfType<(typeof reviewEventTypes)[number]>;
export type ReviewEventEnvelope = EnvelopeOfType<(typeof reviewEventTypes)[number]>;
