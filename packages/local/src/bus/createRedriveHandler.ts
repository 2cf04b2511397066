import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeError, readBody } from '../gateway/readBody';
import { sendProblem } from '../gateway/sendProblem';
import { UnknownSubscriptionError, type LocalBus } from './localBus';

/** Path prefix the gateway hands to this handler: `POST /_local/redrive/{subscription}`. */
export const redrivePathPrefix = '/_local/redrive/';

const maxBodyBytes = 64 * 1024;

/**
 * `forkcast redrive` while the runtime runs: the runtime holds dynalite's lock and the dead-letter
 * files, so the CLI asks it over HTTP. Body (optional): `{"ids": ["<event id>", ...]}`; answers the
 * RedriveResult as JSON. A JSON content type is required so that a web page cannot trigger it with a
 * simple cross-origin form post.
 */
export function createRedriveHandler(bus: LocalBus) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (request.method !== 'POST') return sendProblem(response, 405, 'Method Not Allowed', undefined, { allow: 'POST' });
    const subscriptionId = decodePathSegment(url.pathname.slice(redrivePathPrefix.length));
    if (subscriptionId === undefined) return sendProblem(response, 400, 'Bad Request', 'the subscription in the path is not percent-encoded UTF-8');
    if (!subscriptionId || subscriptionId.includes('/')) return sendProblem(response, 404, 'Not Found', `no route for POST ${url.pathname}`);
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendProblem(response, 415, 'Unsupported Media Type', 'send Content-Type: application/json');
    }

    let ids: string[] | undefined;
    try {
      const body = parseBody((await readBody(request, maxBodyBytes)).toString('utf8'));
      if (typeof body === 'string') return sendProblem(response, 400, 'Bad Request', body);
      if (body.ids !== undefined) {
        if (!Array.isArray(body.ids) || !body.ids.every((id) => typeof id === 'string' && id.length > 0)) {
          return sendProblem(response, 400, 'Bad Request', 'ids must be an array of event ids');
        }
        ids = body.ids as string[];
      }
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return sendProblem(response, 413, 'Payload Too Large', error.message);
      return sendProblem(response, 400, 'Bad Request', (error as Error).message);
    }

    try {
      const result = await bus.redrive(subscriptionId, { ids });
      const body = JSON.stringify(result);
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    } catch (error) {
      if (error instanceof UnknownSubscriptionError) return sendProblem(response, 404, 'Not Found', error.message);
      throw error;
    }
  };
}

/** The body as an object, or why it is not one (an empty body means "all of them"). */
function parseBody(text: string): { ids?: unknown } | string {
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not valid JSON';
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object, such as {"ids": ["<event id>"]} or {}';
  return body as { ids?: unknown };
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
