import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeError, readBody } from '../gateway/readBody';
import { sendProblem } from '../gateway/sendProblem';
import { runReplay, type ReplayRequest } from './runReplay';

/** Path the gateway hands to this handler: `POST /_local/replay`. */
export const replayPath = '/_local/replay';

const maxBodyBytes = 16 * 1024;

/**
 * `forkcast replay` while the runtime runs (it holds dynalite and the bus): the body is a
 * ReplayRequest; the answer streams NDJSON, `{"progress": …}` lines then `{"result": …}` or
 * `{"error": "…"}`. A JSON content type is required, so a web page cannot start one with a form.
 */
export function createReplayHandler(deps: Omit<Parameters<typeof runReplay>[0], 'request' | 'onProgress'>) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname !== replayPath) return sendProblem(response, 404, 'Not Found', `no route for ${request.method} ${url.pathname}`);
    if (request.method !== 'POST') return sendProblem(response, 405, 'Method Not Allowed', undefined, { allow: 'POST' });
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) return sendProblem(response, 415, 'Unsupported Media Type', 'send Content-Type: application/json');
    let body: ReplayRequest;
    try {
      body = parseRequest((await readBody(request, maxBodyBytes)).toString('utf8'));
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return sendProblem(response, 413, 'Payload Too Large', error.message);
      return sendProblem(response, 400, 'Bad Request', (error as Error).message);
    }
    response.writeHead(200, { 'content-type': 'application/x-ndjson' });
    let lastProgressAt = 0;
    try {
      const result = await runReplay({
        ...deps,
        request: body,
        onProgress: (progress) => {
          if (Date.now() - lastProgressAt < 250) return;
          lastProgressAt = Date.now();
          response.write(`${JSON.stringify({ progress })}\n`);
        },
      });
      response.end(`${JSON.stringify({ result })}\n`);
    } catch (error) {
      response.end(`${JSON.stringify({ error: (error as Error).message })}\n`);
    }
  };
}

function parseRequest(text: string): ReplayRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error('the body is not valid JSON');
  }
  const b = body as Record<string, unknown>;
  if (b?.kind === 'projection' && typeof b.projection === 'string') return { kind: 'projection', projection: b.projection };
  if (b?.kind === 'republish' && typeof b.pattern === 'string' && typeof b.from === 'string' && typeof b.to === 'string' && typeof b.rate === 'number') {
    return { kind: 'republish', pattern: b.pattern, from: b.from, to: b.to, rate: b.rate };
  }
  throw new Error('expected {"kind": "projection", "projection"} or {"kind": "republish", "pattern", "from", "to", "rate"}');
}
