import { claimDecider, claimStreamOf, handleCommand, type ClaimCommand, type CommandResult, type EventStore } from '@forkcast/core';
import type { Actor } from '@forkcast/events';

/** The onboarding workflow's tasks act as this system actor. */
export const onboardingActor: Actor = { id: 'restaurant-onboarding', role: 'system' };

/** Runs a claim command on `claim-<claimId>`. */
export function runClaimCommand(
  events: EventStore, claimId: string, command: ClaimCommand, context: { actor?: Actor; correlationId?: string; idempotencyKey?: string } = {},
): Promise<CommandResult> {
  return handleCommand({
    store: events,
    decider: claimDecider,
    stream: claimStreamOf(claimId),
    command,
    actor: context.actor ?? onboardingActor,
    correlationId: context.correlationId ?? claimId,
    idempotencyKey: context.idempotencyKey,
  });
}
