import type { EnvelopeOfType, NewEventOfType } from '../catalog/eventType';
import { restaurantClaimRequested } from './restaurantClaimRequested';
import { restaurantClaimAwaitingContact } from './restaurantClaimAwaitingContact';
import { restaurantClaimVerificationSent } from './restaurantClaimVerificationSent';
import { restaurantClaimVerificationResent } from './restaurantClaimVerificationResent';
import { restaurantClaimVerificationAwaited } from './restaurantClaimVerificationAwaited';
import { restaurantClaimVerified } from './restaurantClaimVerified';
import { restaurantClaimGranted } from './restaurantClaimGranted';
import { restaurantClaimRejected } from './restaurantClaimRejected';
import { restaurantClaimExpired } from './restaurantClaimExpired';
import { restaurantClaimCancelled } from './restaurantClaimCancelled';
import { restaurantOwnerWelcomed } from './restaurantOwnerWelcomed';
import { restaurantOwnerTrainingSent } from './restaurantOwnerTrainingSent';
import { restaurantOwnerSpecialsChecked } from './restaurantOwnerSpecialsChecked';
import { restaurantOwnerRemindedOfSpecials } from './restaurantOwnerRemindedOfSpecials';

/** The event types of the claims context (all on `claim-<id>` streams), in catalog order. */
export const claimEventTypes = [
  restaurantClaimRequested, restaurantClaimAwaitingContact, restaurantClaimVerificationSent, restaurantClaimVerificationAwaited, restaurantClaimVerificationResent, restaurantClaimVerified, restaurantClaimGranted, restaurantClaimRejected, restaurantClaimExpired, restaurantClaimCancelled, restaurantOwnerWelcomed, restaurantOwnerTrainingSent, restaurantOwnerSpecialsChecked, restaurantOwnerRemindedOfSpecials,
] as const;

/** What the claim decider emits (latest schemaVersion). */
export type ClaimEvent = NewEventOfType<(typeof claimEventTypes)[number]>;

/** A claim event as read from the log. */
export type ClaimEventEnvelope = EnvelopeOfType<(typeof claimEventTypes)[number]>;
