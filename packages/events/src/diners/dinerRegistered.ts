import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { personal } from '../text/personal';
import { dinerProfileShape, referralCodeSchema } from './dinerProfile';

export const dinerRegisteredSchema = z.object({
  ...dinerProfileShape,
  /** This diner's own code, derived from the stream so a retry gives the same one. */
  referralCode: referralCodeSchema.describe("This diner's own referral code, derived from the stream so a retry gives the same one."),
  /** The code of whoever referred them, as given at registration. */
  referredBy: referralCodeSchema.describe('The referral code of whoever referred them, as given at registration.').optional(),
  /**
   * The address the sign-up verified (Cognito's `email` attribute), so Forkcast can write to the
   * diner (a review answered, a restaurant they own reviewed). POST /me records the ID token's
   * verified `email` claim instead; an access token carries none.
   */
  email: personal(z.email().max(320)).describe("The diner's verified email: the Cognito sign-up's, or the ID token's when POST /me registered them; absent when neither had one.").optional(),
});
export type DinerRegisteredData = z.infer<typeof dinerRegisteredSchema>;

/** A person signed up as a diner (POST /me or the Cognito post-confirmation trigger). */
export const dinerRegistered = defineEventType({
  type: 'DinerRegistered',
  source: 'forkcast.diners',
  schema: dinerRegisteredSchema,
  description: 'A person registered as a diner.',
});
