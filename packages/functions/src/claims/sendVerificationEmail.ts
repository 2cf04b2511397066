import * as z from 'zod';
import { claimVerificationLink, renderEmail, type EventStore, type Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { onboardingMessages } from './onboardingMessages';
import { readClaim, readClaimedRestaurant, restaurantContactOf } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const input = z.object({ claimId: z.string().min(1), verifyWithinSeconds: z.number().int().positive() });

/**
 * Task "Email the verification link": signs a link for the claim and mails it to the restaurant's
 * contact, then records RestaurantClaimVerificationSent. Without a contact it sends nothing and
 * answers `sent: false`, and the workflow waits for staff to add one.
 */
export const build = (deps: { events: EventStore; mailer: Mailer; linkSecret: string; publicSiteUrl: string }) => async (event: unknown): Promise<{ sent: boolean }> => {
  const { claimId, verifyWithinSeconds } = input.parse(event);
  const claim = await readClaim(deps.events, claimId);
  const contact = restaurantContactOf(await readClaimedRestaurant(deps.events, claim));
  if (!contact) return { sent: false };
  const now = new Date();
  const link = await claimVerificationLink({ secret: deps.linkSecret, publicSiteUrl: deps.publicSiteUrl, claimId, expiresInSeconds: verifyWithinSeconds, now });
  const days = Math.max(1, Math.round(verifyWithinSeconds / 86_400));
  // One send per claim and contact, however often the step is retried.
  await deps.mailer.send(renderEmail(contact.email, onboardingMessages.verification(claim.restaurantName, link, days)), `${claim.execution}-verify-${contact.contactId}`);
  await runClaimCommand(deps.events, claimId, {
    type: 'RecordVerificationSent', data: { contactId: contact.contactId, expiresAt: new Date(now.getTime() + verifyWithinSeconds * 1000).toISOString() },
  });
  return { sent: true };
};
export const handler = onAws(async () => build({ ...awsDynamoStores(), mailer: awsMailer(), linkSecret: await awsLinkSecret(), publicSiteUrl: publicSiteUrlFromEnvironment() }));
