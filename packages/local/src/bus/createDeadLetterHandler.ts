import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import { requireStaff } from '../auth/requireStaff';
import { sendProblem } from '../gateway/sendProblem';
import type { LocalBus } from './localBus';

export const deadLetterPath = '/_local/dead-letters';

/**
 * `GET /_local/dead-letters` (staff): every subscription with its dead-letter queue, as the console
 * lists them (empty queues included, so staff see what could fill). Redrive is
 * `POST /_local/redrive/{subscription}`.
 */
export function createDeadLetterHandler(options: { bus: LocalBus; authorize: (header: string | undefined) => Promise<AuthorizerResult> }) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname !== deadLetterPath) return sendProblem(response, 404, 'Not Found', `no route for ${request.method} ${url.pathname}`);
    if (request.method !== 'GET') return sendProblem(response, 405, 'Method Not Allowed', `${deadLetterPath} allows GET`, { allow: 'GET' });
    if (!(await requireStaff(options.authorize, request, response, 'read the dead-letter queues'))) return;
    const entries = await options.bus.dlq.list();
    const subscriptions = options.bus.subscriptions.map((s) => ({
      id: s.id,
      target: { kind: s.target.kind, name: s.target.name },
      deadLetters: entries.filter((e) => e.subscriptionId === s.id),
    }));
    const body = JSON.stringify({ subscriptions });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
}
