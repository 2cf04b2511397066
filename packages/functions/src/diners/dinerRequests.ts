import {
  dinerProfileShape, dinerProfileUpdatedSchema, ratingCommentSchema, referralCodeSchema, restaurantRatedSchema, starsSchema, visitCorrectedSchema, visitFactorsSchema, visitRecordedSchema,
} from '@forkcast/events';
import * as z from 'zod';
import { commandAcceptedResponse } from '../restaurants/restaurantRequests';

/**
 * Request and response schemas of the diners routes. Bodies are strict: the diner, the
 * restaurant and the stream come from the token and the path, never the body.
 */
export const registerDinerBody = z.strictObject({ ...dinerProfileShape, referralCode: referralCodeSchema.optional() }).meta({
  id: 'RegisterDinerBody',
  examples: [{ displayName: 'Ana', homeCity: 'Lisbon', homeLocation: { lat: 38.71, lon: -9.14 }, cuisines: ['Portuguese', 'Thai'] }],
});

export const updateDinerProfileBody = z
  .strictObject(dinerProfileUpdatedSchema.shape)
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'change at least one field' })
  .meta({ id: 'UpdateDinerProfileBody' });

const { diner: _d, restaurant: _r, ...visitFields } = visitRecordedSchema.shape;
export const recordVisitBody = z.strictObject({ ...visitFields, factors: visitFactorsSchema.default({}) }).meta({ id: 'RecordVisitBody' });

export const correctVisitBody = z
  .strictObject(visitCorrectedSchema.shape)
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'change at least one field' })
  .meta({ id: 'CorrectVisitBody' });

export const rateRestaurantBody = z.strictObject({ stars: starsSchema, comment: ratingCommentSchema.optional() }).meta({ id: 'RateRestaurantBody' });

export const restaurantIdParams = z.object({ id: z.string().min(1).max(120) });
export const visitParams = z.object({ id: z.string().min(1).max(120) });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2000).optional(),
});

/** One schema for every command's answer (an id registers once in the OpenAPI document). */
export { commandAcceptedResponse };

export const dinerRegisteredResponse = commandAcceptedResponse.extend({ referralCode: referralCodeSchema }).meta({ id: 'DinerRegistration' });

export const dinerProfileResponse = z
  .object({
    ...dinerProfileShape,
    id: z.string(),
    referralCode: referralCodeSchema,
    referredBy: referralCodeSchema.optional(),
    registeredAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: 'DinerProfile' });

export const visitResponse = z
  .object({ ...visitRecordedSchema.shape, id: z.string(), recordedAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .meta({ id: 'Visit' });

export const ratingResponse = z
  .object({ ...restaurantRatedSchema.shape, id: z.string(), ratedAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .meta({ id: 'Rating' });

export const ratingPageResponse = z.object({ items: z.array(ratingResponse), cursor: z.string().optional() }).meta({ id: 'RatingPage' });

export const visitPageResponse = z.object({ items: z.array(visitResponse), cursor: z.string().optional() }).meta({ id: 'VisitPage' });

const scoreAggregate = z.object({
  count: z.number().int().nonnegative(),
  mean: z.number().optional(),
  distribution: z.record(z.string(), z.number().int().nonnegative()),
});

export const restaurantRatingsResponse = z
  .object({
    restaurant: z.string(),
    stars: scoreAggregate,
    visits: z.number().int().nonnegative(),
    /** Published reviews. */
    reviews: z.number().int().nonnegative(),
    overall: scoreAggregate,
    factors: z.object({ food: scoreAggregate, service: scoreAggregate, wait: scoreAggregate, price: scoreAggregate, menu: scoreAggregate }),
  })
  .meta({ id: 'RestaurantRatings' });


export const inviteFriendBody = z.strictObject({ email: z.email().max(320).meta({ personal: true }) }).meta({ id: 'InviteFriendBody' });

export const invitationParams = z.object({ code: z.string().min(1).max(40) });

export const invitationSentResponse = commandAcceptedResponse.extend({ code: z.string() }).meta({ id: 'InvitationSent' });

export const invitationPageResponse = z
  .object({
    items: z.array(z.object({
      code: z.string(), inviter: z.string(), status: z.enum(['sent', 'accepted']), sentAt: z.iso.datetime(), acceptedAt: z.iso.datetime().optional(),
    })),
    cursor: z.string().optional(),
  })
  .meta({ id: 'InvitationPage' });

export const contestResponse = z
  .object({ acceptedInvitations: z.number().int().nonnegative(), entries: z.number().int().nonnegative(), invitationsPerEntry: z.number().int().positive() })
  .meta({ id: 'Contest' });

export const drawContestBody = z
  .strictObject({ seed: z.number().int().nonnegative().max(0xffffffff).optional() })
  .optional()
  .meta({ id: 'DrawContestBody' });

export const contestDrawResponse = commandAcceptedResponse
  .extend({
    seed: z.number().int(),
    winner: z.string(),
    entrants: z.array(z.object({ diner: z.string(), entries: z.number().int().positive() })),
  })
  .meta({ id: 'ContestDraw' });
