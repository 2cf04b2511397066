import * as z from 'zod';
import { renderEmail, type EventStore, type RecordOwnerEmail } from '@forkcast/core';
import type { Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsMailer } from '../app/aws/awsMailer';
import { onAws } from '../app/onAws';
import { onboardingMessages, type OwnerEmail } from './onboardingMessages';
import { readClaim, readClaimedRestaurant, restaurantContactOf } from './readClaim';
import { runClaimCommand } from './runClaimCommand';

const input = z.object({ claimId: z.string().min(1), email: z.enum(['welcome', 'training-1', 'training-3', 'training-7', 'specials-reminder']) });

const recorded = (email: OwnerEmail): RecordOwnerEmail['email'] =>
  email === 'welcome' || email === 'specials-reminder' ? { kind: email } : { kind: 'training', day: Number(email.slice('training-'.length)) as 1 | 3 | 7 };

/**
 * Tasks "Send the welcome email", the training lessons and "Remind the owner to post specials":
 * mails the owner at the address that verified the claim, then records the email on the claim.
 */
export const build = (deps: { events: EventStore; mailer: Mailer }) => async (event: unknown): Promise<{ sent: boolean }> => {
  const { claimId, email } = input.parse(event);
  const claim = await readClaim(deps.events, claimId);
  const contact = restaurantContactOf(await readClaimedRestaurant(deps.events, claim), claim.contactId);
  if (!contact) throw new Error(`the restaurant of claim ${claimId} has no contact to write to`);
  await deps.mailer.send(renderEmail(contact.email, onboardingMessages[email](claim.restaurantName)), `${claim.execution}-${email}`);
  const result = await runClaimCommand(deps.events, claimId, { type: 'RecordOwnerEmail', email: recorded(email) });
  return { sent: result.event !== undefined };
};
export const handler = onAws(() => build({ ...awsDynamoStores(), mailer: awsMailer() }));
