import * as z from 'zod';
import type { EventStore, Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { mailVerificationLink } from './mailVerificationLink';
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
  // One send per claim and contact, however often the step is retried.
  await mailVerificationLink(deps, {
    claimId, restaurantName: claim.restaurantName, to: contact.email, expiresInSeconds: verifyWithinSeconds, now, sendKey: `${claim.execution}-verify-${contact.contactId}`,
  });
  await runClaimCommand(deps.events, claimId, {
    type: 'RecordVerificationSent', data: { contactId: contact.contactId, expiresAt: new Date(now.getTime() + verifyWithinSeconds * 1000).toISOString() },
  });
  return { sent: true };
};
export const handler = onAws(async () => build({ ...awsDynamoStores(), mailer: awsMailer(), linkSecret: await awsLinkSecret(), publicSiteUrl: publicSiteUrlFromEnvironment() }));
