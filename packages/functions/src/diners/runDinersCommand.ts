import {
  dinerDecider, handleCommand, ratingDecider, visitDecider, type CommandResult, type DinerCommand, type EventStore, type RatingCommand, type VisitCommand,
} from '@forkcast/core';
import type { HttpRequest } from '../http/httpRequest';
import { unauthorized } from '../http/httpProblem';

type Command =
  | { stream: string; command: DinerCommand; on: 'diner' }
  | { stream: string; command: VisitCommand; on: 'visit' }
  | { stream: string; command: RatingCommand; on: 'rating' };

/** Runs a diners command for an HTTP request: actor, correlation, If-Match and Idempotency-Key from the request. */
export async function runDinersCommand(events: EventStore, request: HttpRequest<unknown, unknown, unknown>, target: Command): Promise<CommandResult> {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  const common = {
    store: events,
    stream: target.stream,
    actor: request.actor,
    correlationId: request.correlationId,
    expectedVersion: request.ifMatch,
    idempotencyKey: request.idempotencyKey,
  };
  switch (target.on) {
    case 'diner':
      return handleCommand({ ...common, decider: dinerDecider, command: target.command });
    case 'visit':
      return handleCommand({ ...common, decider: visitDecider, command: target.command });
    case 'rating':
      return handleCommand({ ...common, decider: ratingDecider, command: target.command });
  }
}
