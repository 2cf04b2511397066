import * as z from 'zod';
import { readState, renderEmail, restaurantDecider, reviewDecider, type EventStore, type Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { dinerEmailOf } from './dinerEmailOf';
import { claimFromReviewUrl, respondToReviewUrl } from './reviewNotificationLinks';
import { forwardedReviewMessage, ownerReviewMessage } from './reviewNotificationMessages';
import { recordNotificationOutcome } from './recordNotificationOutcome';
import { ReviewNotFound } from './reviewNotFound';

const input = z.object({
  review: z.string().min(1),
  /** How long the owner's respond link (or the contact's invitation to claim) stays valid: the notification's wait for an answer. */
  linkValidSeconds: z.number().int().positive(),
  idempotencyKey: z.string().min(1),
});

export type RestaurantNotificationOutcome = 'owner-notified' | 'forwarded' | 'undeliverable' | 'withdrawn';

/**
 * Task "Tell the restaurant": emails the owner a link to answer; else, if staff know a contact,
 * emails the review to the restaurant with a signed invitation to claim the listing (and so answer); else
 * records that nobody could be told. Each outcome is an event on the review. A retry once the
 * outcome is recorded sends nothing and answers the same outcome.
 */
export const build = (deps: { events: EventStore; mailer: Mailer; publicSiteUrl: string; linkSecret: string }) =>
  async (event: unknown): Promise<{ outcome: RestaurantNotificationOutcome }> => {
    const { review, linkValidSeconds, idempotencyKey } = input.parse(event);
    const { state } = await readState(deps.events, reviewDecider, review);
    if (state.status === 'none') throw new ReviewNotFound(`There is no review ${review}.`);
    // Withdrawn before its execution was stopped (or before it started): tell nobody.
    if (state.status === 'withdrawn') return { outcome: 'withdrawn' };
    if (state.notification?.restaurant) return { outcome: state.notification.restaurant };

    const { state: restaurant } = await readState(deps.events, restaurantDecider, state.review.restaurant);
    if (restaurant.status === 'unlisted') return record('undeliverable');
    const name = restaurant.profile.name;
    if (restaurant.owner) {
      const owner = restaurant.owner.diner;
      const email = await dinerEmailOf(deps.events, owner);
      if (email) {
        const url = await respondToReviewUrl(deps.publicSiteUrl, deps.linkSecret, review, linkValidSeconds);
        await deps.mailer.send(renderEmail(email, ownerReviewMessage(state.review, name, url)), idempotencyKey);
      }
      await recordNotificationOutcome(deps.events, review, { type: 'RecordOwnerNotified', owner, emailed: email !== undefined });
      return { outcome: 'owner-notified' };
    }
    // The contact staff added first: the one they learned of before any other.
    const [contactId, contact] = Object.entries(restaurant.contacts).sort(([a], [b]) => a.localeCompare(b))[0] ?? [];
    if (contactId && contact) {
      const url = await claimFromReviewUrl(deps.publicSiteUrl, deps.linkSecret, state.review.restaurant, review, linkValidSeconds);
      await deps.mailer.send(renderEmail(contact.email, forwardedReviewMessage(state.review, name, url)), idempotencyKey);
      await recordNotificationOutcome(deps.events, review, { type: 'RecordReviewForwarded', contactId });
      return { outcome: 'forwarded' };
    }
    return record('undeliverable');

    async function record(outcome: 'undeliverable'): Promise<{ outcome: RestaurantNotificationOutcome }> {
      await recordNotificationOutcome(deps.events, review, { type: 'RecordNotificationUndeliverable', reason: 'no-restaurant-contact' });
      return { outcome };
    }
  };
export const handler = onAws(async () => build({
  ...awsDynamoStores(), mailer: awsMailer(), publicSiteUrl: publicSiteUrlFromEnvironment(), linkSecret: await awsLinkSecret(),
}));
