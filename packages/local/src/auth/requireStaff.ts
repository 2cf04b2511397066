import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorFromClaims } from '@forkcast/functions';
import { sendProblem } from '../gateway/sendProblem';
import type { AuthorizerResult } from './createJwtAuthorizer';

/**
 * For the local endpoints outside the route table: answers 401/403 itself and says whether the
 * request came from staff (a token the gateway's JWT authorizer accepts, with the staff role).
 */
export async function requireStaff(
  authorize: (header: string | undefined) => Promise<AuthorizerResult>,
  request: IncomingMessage,
  response: ServerResponse,
  what: string,
): Promise<boolean> {
  const verdict = await authorize(request.headers.authorization);
  if (!verdict.ok) {
    sendProblem(response, 401, 'Unauthorized', verdict.reason, { 'www-authenticate': 'Bearer realm="forkcast"' });
    return false;
  }
  if (!actorFromClaims(verdict.claims, ['staff'])?.roles.includes('staff')) {
    sendProblem(response, 403, 'Forbidden', `only staff may ${what}`);
    return false;
  }
  return true;
}
