import { reviewBodySchema, reviewEditedSchema, reviewSubmittedSchema, shareNetworkSchema } from '@forkcast/events';
import * as z from 'zod';
import { commandAcceptedResponse } from '../restaurants/restaurantRequests';

/** Request and response schemas of the reviews routes; the author and restaurant never come from the body. */
const { author: _a, restaurant: _r, ...reviewFields } = reviewSubmittedSchema.shape;
export const submitReviewBody = z.strictObject(reviewFields).meta({ id: 'SubmitReviewBody' });

export const editReviewBody = z
  .strictObject(reviewEditedSchema.shape)
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'change at least one field' })
  .meta({ id: 'EditReviewBody' });

export const shareReviewBody = z.strictObject({ network: shareNetworkSchema }).meta({ id: 'ShareReviewBody' });

export const respondToReviewBody = z.strictObject({ body: reviewBodySchema }).meta({ id: 'RespondToReviewBody' });

export const idParams = z.object({ id: z.string().min(1).max(120) });

export const reviewPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(2000).optional(),
});

export { commandAcceptedResponse };

export const reviewResponse = z
  .object({
    ...reviewSubmittedSchema.shape,
    id: z.string(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    shares: z.number().int().nonnegative(),
    /** The restaurant's answer (its owner's or staff's), shown under the review; absent until it answers. */
    response: z.object({ body: z.string(), respondedAt: z.iso.datetime(), editedAt: z.iso.datetime().optional() }).optional(),
  })
  .meta({ id: 'Review' });

export const reviewWithVersionResponse = reviewResponse.extend({ version: z.number().int().positive() }).meta({ id: 'ReviewWithVersion' });

export const reviewPageResponse = z.object({ items: z.array(reviewResponse), cursor: z.string().optional() }).meta({ id: 'ReviewPage' });

export const reviewSharedResponse = commandAcceptedResponse
  .extend({ network: shareNetworkSchema, url: z.url(), reviewUrl: z.url() })
  .meta({ id: 'ReviewShared' });
