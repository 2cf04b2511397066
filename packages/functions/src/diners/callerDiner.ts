import { dinerStreamFor } from '@forkcast/core';
import type { Actor } from '@forkcast/events';
import type { HttpRequest } from '../http/httpRequest';
import { unauthorized } from '../http/httpProblem';

/** The caller's actor and diner stream: always from the verified token, never the body. */
export function callerDiner(request: HttpRequest<unknown, unknown, unknown>): { actor: Actor; stream: string } {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  return { actor: request.actor, stream: dinerStreamFor(request.actor.id) };
}
