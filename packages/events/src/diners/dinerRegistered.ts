import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { personal } from '../text/personal';
import { dinerProfileShape, referralCodeSchema } from './dinerProfile';

export const dinerRegisteredSchema = z.object({
  ...dinerProfileShape,
  /** This diner's own code, derived from the stream so a retry gives the same one. */
  referralCode: referralCodeSchema,
  /** The code of whoever referred them, as given at registration. */
  referredBy: referralCodeSchema.optional(),
  /**
   * The address the sign-up verified (Cognito's `email` attribute), so Forkcast can write to the
   * diner (a review answered, a restaurant they own reviewed). Absent when registered by POST /me.
   */
  email: personal(z.email().max(320)).optional(),
});
export type DinerRegisteredData = z.infer<typeof dinerRegisteredSchema>;

/** A person signed up as a diner (POST /me or the Cognito post-confirmation trigger). */
export const dinerRegistered = defineEventType({
  type: 'DinerRegistered',
  source: 'forkcast.diners',
  schema: dinerRegisteredSchema,
  description: 'A person registered as a diner.',
});
