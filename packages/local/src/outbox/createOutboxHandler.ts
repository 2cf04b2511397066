import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorFromClaims } from '@forkcast/functions';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import { sendProblem } from '../gateway/sendProblem';
import { readOutbox } from './fileOutbox';

export const outboxPath = '/outbox';

/**
 * `GET /outbox[?to=ADDRESS]` (staff): the local outbox, the stand-in of the mail staff would see
 * in SES. Local only, so it is not a route row: there is no outbox on AWS.
 */
export function createOutboxHandler(options: { dir: string; authorize: (header: string | undefined) => Promise<AuthorizerResult> }) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname !== outboxPath) return sendProblem(response, 404, 'Not Found', `no route for ${request.method} ${url.pathname}`);
    if (request.method !== 'GET') return sendProblem(response, 405, 'Method Not Allowed', `${outboxPath} allows GET`, { allow: 'GET' });
    const verdict = await options.authorize(request.headers.authorization);
    if (!verdict.ok) return sendProblem(response, 401, 'Unauthorized', verdict.reason, { 'www-authenticate': 'Bearer realm="forkcast"' });
    if (!actorFromClaims(verdict.claims, ['staff'])?.roles.includes('staff')) return sendProblem(response, 403, 'Forbidden', 'only staff may read the outbox');
    const to = url.searchParams.get('to') ?? undefined;
    const messages = await readOutbox(options.dir, { to });
    const body = JSON.stringify({ messages });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
}
