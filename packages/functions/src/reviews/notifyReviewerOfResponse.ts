import * as z from 'zod';
import { readState, renderEmail, restaurantDecider, reviewDecider, type EventStore, type Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { dinerEmailOf } from './dinerEmailOf';
import { recordNotificationOutcome } from './recordNotificationOutcome';
import { responseToReviewerMessage } from './reviewNotificationMessages';
import { ReviewNotFound } from './reviewNotFound';

const input = z.object({ review: z.string().min(1), idempotencyKey: z.string().min(1) });

/**
 * Task "Tell the reviewer": emails the reviewer the restaurant's answer and records
 * ReviewerNotifiedOfResponse; with no known email, records it unsent (`emailed: false`).
 */
export const build = (deps: { events: EventStore; mailer: Mailer; publicSiteUrl: string }) => async (event: unknown): Promise<{ emailed: boolean }> => {
  const { review, idempotencyKey } = input.parse(event);
  const { state } = await readState(deps.events, reviewDecider, review);
  if (state.status === 'none' || !state.response) throw new ReviewNotFound(`There is no answered review ${review}.`);
  if (state.status === 'withdrawn') return { emailed: false };
  if (state.notification?.reviewerNotified) return { emailed: false };
  const email = await dinerEmailOf(deps.events, state.review.author);
  if (email) {
    const { state: restaurant } = await readState(deps.events, restaurantDecider, state.review.restaurant);
    const name = restaurant.status === 'unlisted' ? 'The restaurant' : restaurant.profile.name;
    const url = `${deps.publicSiteUrl.replace(/\/+$/, '')}/reviews/${encodeURIComponent(review)}`;
    await deps.mailer.send(renderEmail(email, responseToReviewerMessage(state.review, name, state.response.body, url)), idempotencyKey);
  }
  await recordNotificationOutcome(deps.events, review, { type: 'RecordReviewerNotified', emailed: email !== undefined });
  return { emailed: email !== undefined };
};
export const handler = onAws(() => build({ ...awsDynamoStores(), mailer: awsMailer(), publicSiteUrl: publicSiteUrlFromEnvironment() }));
