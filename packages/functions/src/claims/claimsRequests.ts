import { onboardingStatuses } from '@forkcast/core';
import { safeText } from '@forkcast/events';
import * as z from 'zod';

/** Request and response schemas of the claim and onboarding routes (bodies strict). */
export const claimParams = z.object({ claimId: z.string().min(1).max(40).meta({ examples: ['01JH8Z5Q3X4V6W7Y8Z9A0B1C2D'] }) });

export const requestClaimBody = z
  .strictObject({
    /** The token of an emailed invitation to claim (claimStartLink), when the claim came from one. */
    invitation: z.string().min(1).max(2048).optional(),
  })
  .optional()
  .meta({ id: 'RequestClaimBody' });

export const requestClaimResponse = z
  .object({ claimId: z.string(), stream: z.string(), version: z.number().int().nonnegative(), execution: z.string() })
  .meta({ id: 'ClaimRequested' });

export const verifyClaimBody = z.strictObject({ token: z.string().min(1).max(2048) }).meta({ id: 'VerifyClaimBody' });

export const resendVerificationEmailBody = z.strictObject({}).optional().meta({ id: 'ResendVerificationEmailBody' });

export const cancelClaimBody = z.strictObject({ reason: safeText({ max: 500 }).optional() }).optional().meta({ id: 'CancelClaimBody' });

export const claimAcceptedResponse = z
  .object({ id: z.string(), stream: z.string(), version: z.number().int().nonnegative() })
  .meta({ id: 'ClaimCommandAccepted' });

export const listOnboardingsQuery = z.object({
  status: z.enum(onboardingStatuses),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2000).optional(),
});

const onboardingShape = {
  claimId: z.string(),
  restaurant: z.string(),
  restaurantName: z.string(),
  claimant: z.string(),
  execution: z.string(),
  status: z.enum(onboardingStatuses),
  state: z.string(),
  since: z.iso.datetime(),
  requestedAt: z.iso.datetime(),
};

export const onboardingPageResponse = z
  .object({ items: z.array(z.object(onboardingShape)), cursor: z.string().optional() })
  .meta({ id: 'OnboardingPage' });

export const onboardingResponse = z
  .object({ ...onboardingShape, history: z.array(z.object({ at: z.iso.datetime(), event: z.string(), step: z.string() })), version: z.number().int().positive() })
  .meta({ id: 'Onboarding' });
