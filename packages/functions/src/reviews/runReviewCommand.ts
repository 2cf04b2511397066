import { dinerDecider, handleCommand, readState, reviewDecider, type CommandResult, type EventStore, type ReviewCommand, type ReviewFacts } from '@forkcast/core';
import type { HttpRequest } from '../http/httpRequest';
import { unauthorized } from '../http/httpProblem';

/** Whether the caller's diner stream holds a registration (read from the log, not a lagging view). */
export async function callerFacts(events: EventStore, diner: string): Promise<ReviewFacts> {
  const { state } = await readState(events, dinerDecider, diner);
  return { dinerRegistered: state.status === 'registered' };
}

/** Runs a review command for an HTTP request: actor, correlation, If-Match and Idempotency-Key from the request. */
export async function runReviewCommand(
  events: EventStore, request: HttpRequest<unknown, unknown, unknown>, stream: string, command: ReviewCommand,
): Promise<CommandResult> {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  return handleCommand({
    store: events, decider: reviewDecider, stream, command,
    actor: request.actor, correlationId: request.correlationId, expectedVersion: request.ifMatch, idempotencyKey: request.idempotencyKey,
  });
}
