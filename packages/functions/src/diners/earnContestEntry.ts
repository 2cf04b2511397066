import { contestDecider, contestStreamFor, handleCommand, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';

/**
 * Policy on InvitationAccepted: credits the inviter's contest stream (every fifth credit earns an
 * entry). The idempotency key is derived from the causing event's id, so a redelivery appends
 * nothing; the decider also refuses to credit one invitation twice.
 */
export const build = (deps: { events: EventStore }) =>
  eventHandler('earnContestEntry', async (event) => {
    if (event.type !== 'InvitationAccepted') return { credited: false };
    const result = await handleCommand({
      store: deps.events,
      decider: contestDecider,
      stream: contestStreamFor(event.data.inviter),
      command: { type: 'CreditAcceptedInvitation', inviter: event.data.inviter, invitation: event.stream },
      actor: { id: 'policy:earn-contest-entry', role: 'system' },
      correlationId: event.meta.correlationId,
      causationId: event.id,
      idempotencyKey: `contest-credit:${event.id}`,
    });
    return { credited: result.event !== undefined, version: result.version };
  });
export const handler = onAws(() => build(awsDynamoStores()));
