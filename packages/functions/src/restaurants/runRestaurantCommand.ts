import { handleCommand, restaurantDecider, type CommandResult, type EventStore, type RestaurantCommand } from '@forkcast/core';
import type { HttpRequest } from '../http/httpRequest';
import { unauthorized } from '../http/httpProblem';

/** Runs a restaurant command for an HTTP request: actor, correlation, If-Match and Idempotency-Key from the request. */
export async function runRestaurantCommand(
  events: EventStore, request: HttpRequest<unknown, unknown, unknown>, stream: string, command: RestaurantCommand,
): Promise<CommandResult> {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  return handleCommand({
    store: events,
    decider: restaurantDecider,
    stream,
    command,
    actor: request.actor,
    correlationId: request.correlationId,
    expectedVersion: request.ifMatch,
    idempotencyKey: request.idempotencyKey,
  });
}
