import * as z from 'zod';
import { renderEmail, type EventStore, type Mailer } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsMailer } from '../app/aws/awsMailer';
import { awsSettings } from '../app/aws/awsSettings';
import type { Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { onboardingMessages } from './onboardingMessages';
import { readClaim } from './readClaim';

const input = z.object({ claimId: z.string().min(1), waitingFor: z.enum(['verification', 'contact']) });

/** Task "Tell staff the claim expired": once per claim, however often retried. */
export const build = (deps: { events: EventStore; mailer: Mailer; settings: Settings }) => async (event: unknown): Promise<{ messageId: string }> => {
  const { claimId, waitingFor } = input.parse(event);
  const claim = await readClaim(deps.events, claimId);
  const sent = await deps.mailer.send(renderEmail(deps.settings.staffEmail, onboardingMessages.expired(claim.restaurantName, claimId, waitingFor)), `${claim.execution}-expired`);
  return { messageId: sent.id };
};
export const handler = onAws(() => build({ ...awsDynamoStores(), mailer: awsMailer(), settings: awsSettings() }));
