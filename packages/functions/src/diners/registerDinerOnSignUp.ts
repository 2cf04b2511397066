import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { dinerDecider, dinerStreamFor, handleCommand, referralCodeFor, type EventStore } from '@forkcast/core';
import { dinerProfileShape, dinerRegisteredSchema } from '@forkcast/events';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';

/** What a sign-up without a usable name shows until the diner sets one (PATCH /me). */
const fallbackName = 'New diner';

/**
 * Cognito post-confirmation trigger: issues the same RegisterDiner command as POST /me, on the
 * same derived stream, with an idempotency key of the user pool and subject, so a retried trigger
 * appends nothing. Only a confirmed sign-up registers (not a forgotten-password confirmation). The
 * email Cognito verified is kept (a personal field): it is how Forkcast writes to the diner.
 * Cognito requires the event back; a failure is thrown so Cognito reports it and may retry.
 */
export const build = (deps: { events: EventStore }) => async (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> => {
  if (event.triggerSource !== 'PostConfirmation_ConfirmSignUp') return event;
  const sub = event.request.userAttributes.sub;
  if (!sub) throw new Error('the post-confirmation event carries no sub');
  const stream = dinerStreamFor(sub);
  const name = dinerProfileShape.displayName.safeParse(event.request.userAttributes.name ?? event.request.userAttributes.preferred_username);
  const email = dinerRegisteredSchema.shape.email.safeParse(event.request.userAttributes.email);
  await handleCommand({
    store: deps.events,
    decider: dinerDecider,
    stream,
    command: { type: 'RegisterDiner', data: { displayName: name.success ? name.data : fallbackName, referralCode: referralCodeFor(stream), ...(email.success && email.data ? { email: email.data } : {}) } },
    actor: { id: sub, role: 'diner' },
    correlationId: `cognito:${event.userPoolId}:${sub}`,
    idempotencyKey: `sign-up:${event.userPoolId}:${sub}`,
  });
  return event;
};
export const handler = onAws(() => build(awsDynamoStores()));
