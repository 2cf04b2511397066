import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { JWK } from 'jose';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { CorsConfig, Route } from '@forkcast/functions';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import { createCorsPolicy, withoutCorsHeaders } from './createCorsPolicy';
import { createLambdaContext } from './createLambdaContext';
import { createRouteMatcher } from './matchRoute';
import { sendProblem } from './sendProblem';
import { lowerCaseHeaders } from './lowerCaseHeaders';
import { MalformedRequestError } from './malformedRequestError';
import { parseRequestTarget } from './parseRequestTarget';
import { ClientAbortedError, PayloadTooLargeError, readBody } from './readBody';
import { sendLambdaResult } from './sendLambdaResult';
import { toApiGatewayEvent } from './toApiGatewayEvent';

/** A route's Lambda handler, as API Gateway invokes it. */
export type RouteHandler = (event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface GatewayOptions {
  routes: readonly Route<any>[];
  /** The handler of a route (built by the runtime's loader on first use). */
  loadHandler: (route: Route<any>) => Promise<RouteHandler>;
  authorize: (authorization: string | undefined) => Promise<AuthorizerResult>;
  jwks: JWK[];
  health: () => Promise<{ healthy: boolean; [detail: string]: unknown }>;
  /**
   * Endpoints of the local stand-ins themselves (presigned uploads, redrive), by path prefix; each
   * answers on its own, outside the route table and the JWT authorizer.
   */
  localEndpoints?: { prefix: string; handle: (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> }[];
  /** Called after a successful non-GET route, so the change feed publishes without waiting for its poll. */
  afterCommand?: () => void;
  accountId: string;
  region: string;
  /** The Lambda timeout handlers see in context.getRemainingTimeInMillis. */
  functionTimeoutMs?: number;
  /** API Gateway's own integration timeout (30 s on HTTP APIs). */
  integrationTimeoutMs?: number;
  log?: (line: string) => void;
  /** The API's CORS (corsConfig from @forkcast/functions); none: no CORS headers, preflights are routed like any request. */
  cors?: CorsConfig;
}

export interface Gateway {
  server: Server;
  /** The rows it serves. */
  routes: readonly Route<any>[];
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting requests and waits for running ones (and their uploads' triggers) to finish. */
  close(): Promise<void>;
}

/** The local API Gateway (HTTP API): JWT authorizer, route selection, payload 2.0 events, response mapping. */
export function createGateway(options: GatewayOptions): Gateway {
  const matchRoute = createRouteMatcher(options.routes);
  const log = options.log ?? (() => {});
  const running = new Set<Promise<void>>();
  const cors = options.cors && createCorsPolicy(options.cors);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = request.method ?? 'GET';
    const requestId = randomBytes(10).toString('base64').replace(/=+$/, '');
    response.setHeader('apigw-requestid', requestId);
    let target = JSON.stringify(request.url ?? '');
    response.on('finish', () => log(`${method} ${target} ${response.statusCode} ${Date.now() - started}ms`));

    let url: URL;
    try {
      url = parseRequestTarget(request.url ?? '/').url;
      target = `${url.pathname}${url.search}`;
      lowerCaseHeaders(request);
    } catch (error) {
      if (!(error instanceof MalformedRequestError)) throw error;
      response.setHeader('connection', 'close');
      return sendProblem(response, 400, 'Bad Request', error.message);
    }

    if (cors?.isPreflight(method, request.headers)) {
      for (const [name, value] of Object.entries(cors.preflight(request.headers))) response.setHeader(name, value);
      response.writeHead(204);
      return void response.end();
    }
    // Every answer to the API, the gateway's own problems (401, 404) included, carries them.
    if (cors) for (const [name, value] of Object.entries(cors.actual(request.headers))) response.setHeader(name, value);

    if (method === 'GET' && url.pathname === '/health') {
      const health = await options.health();
      return sendJson(response, health.healthy ? 200 : 503, { status: health.healthy ? 'ok' : 'unhealthy', ...health });
    }
    if (method === 'GET' && url.pathname === '/.well-known/jwks.json') {
      return sendJson(response, 200, { keys: options.jwks });
    }
    const local = options.localEndpoints?.find((endpoint) => url.pathname.startsWith(endpoint.prefix));
    if (local) return local.handle(request, response, url);

    const match = matchRoute(method, url.pathname);
    if (match.kind === 'none') return sendProblem(response, 404, 'Not Found', `no route for ${method} ${url.pathname}`);
    if (match.kind === 'wrongMethod') {
      return sendProblem(response, 405, 'Method Not Allowed', `${url.pathname} allows ${match.allow.join(', ')}`, { allow: match.allow.join(', ') });
    }
    const { route, pathParameters } = match;

    let claims: Record<string, string> | undefined;
    if (route.auth !== 'public') {
      const verdict = await options.authorize(request.headers.authorization);
      if (!verdict.ok) {
        return sendProblem(response, 401, 'Unauthorized', verdict.reason, { 'www-authenticate': 'Bearer realm="forkcast"' });
      }
      claims = verdict.claims;
    }

    let body: Buffer;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        response.setHeader('connection', 'close');
        return sendProblem(response, 413, 'Payload Too Large', 'API Gateway accepts request bodies up to 10 MB');
      }
      if (error instanceof ClientAbortedError) return log(`${method} ${target} ${error.message}; not answered`);
      throw error;
    }

    const routeKey = `${route.method} ${route.path}`;
    const event = toApiGatewayEvent({ request, url, body, routeKey, pathParameters, claims, requestId, accountId: options.accountId, now: new Date() });
    const context = createLambdaContext({
      functionName: `forkcast-local-${route.operationId}`,
      region: options.region,
      accountId: options.accountId,
      timeoutMs: options.functionTimeoutMs ?? 29_000,
    });
    const handler = await options.loadHandler(route);
    const result = await withTimeout(handler(event, context), options.integrationTimeoutMs ?? 30_000);
    if (result === timedOut) return sendProblem(response, 503, 'Service Unavailable', `${route.operationId} did not answer within the integration timeout`);
    sendLambdaResult(response, cors && isObject(result) ? { ...result, headers: withoutCorsHeaders(result.headers as Record<string, string>) } : result);
    if (method !== 'GET' && response.statusCode < 400) options.afterCommand?.();
  }

  const server = createServer((request, response) => {
    const work = handle(request, response)
      .catch((error: unknown) => {
        // A client that hung up is not our failure, and there is no socket left to send a 500 on.
        if (request.socket.destroyed || response.destroyed) {
          return log(`${request.method} ${JSON.stringify(request.url)} client went away: ${(error as Error)?.message ?? String(error)}`);
        }
        log(`${request.method} ${JSON.stringify(request.url)} failed: ${(error as Error)?.stack ?? String(error)}`);
        if (!response.headersSent) sendProblem(response, 500, 'Internal Server Error');
        else response.destroy();
      })
      .finally(() => running.delete(work));
    running.add(work);
  });

  // Requests Node's parser refuses never reach `handle`; answer them as problem+json too.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // The client hung up (mid-body, the request's own handler has already logged it): nobody to answer.
    if (error.code === 'ECONNRESET' || error.code === 'HPE_INVALID_EOF_STATE' || !socket.writable) return socket.destroy();
    // Bytes after an answered request (a body we never read): a second response would corrupt the stream.
    if ((socket as Socket).bytesWritten > 0) return socket.destroy();
    log(`client error ${error.code ?? error.name}: ${error.message}`);
    // The answer to a HEAD has no body, even when the request was malformed.
    const head = (error as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    socket.end(clientErrorResponse(error.code, head));
  });

  return {
    server,
    routes: options.routes,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...running]);
      server.closeAllConnections();
      await closed;
    },
  };
}

const timedOut = Symbol('timedOut');

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function clientErrorResponse(code: string | undefined, head: boolean): string {
  const [status, title] = code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
  const body = JSON.stringify({ type: 'about:blank', title, status, detail: 'the request is not valid HTTP/1.1' });
  return `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof timedOut> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof timedOut>((resolve) => {
    timer = setTimeout(() => resolve(timedOut), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
