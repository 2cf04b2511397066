import type { IncomingHttpHeaders } from 'node:http';
import type { CorsConfig } from '@forkcast/functions';

export interface CorsPolicy {
  /** OPTIONS with Origin and Access-Control-Request-Method: answered by the gateway, never routed. */
  isPreflight(method: string, headers: IncomingHttpHeaders): boolean;
  /** The headers of the 204 answering a preflight: none for an origin, method or header not allowed. */
  preflight(headers: IncomingHttpHeaders): Record<string, string>;
  /** What an actual response gets for the request's Origin (nothing for a disallowed one). */
  actual(headers: IncomingHttpHeaders): Record<string, string>;
}

/**
 * API Gateway HTTP API's CORS, from the same config the Api stack gets: the gateway answers
 * preflights itself (with or without a route for the path), adds Access-Control-Allow-Origin and
 * the exposed headers to responses for an allowed origin, and drops any CORS headers a handler set.
 */
export function createCorsPolicy(cors: CorsConfig): CorsPolicy {
  const anyOrigin = cors.allowOrigins.includes('*');
  const methods = new Set<string>(cors.allowMethods);
  const allowedHeaders = new Set(cors.allowHeaders.map((h) => h.toLowerCase()));
  // API Gateway also takes `https://*` / `http://*`: any origin of that scheme.
  const schemes = cors.allowOrigins.filter((o) => o.endsWith('://*')).map((o) => o.slice(0, -1));
  const allowOrigin = (origin: string | undefined): string | undefined => {
    if (origin === undefined) return undefined;
    if (anyOrigin) return '*';
    return cors.allowOrigins.includes(origin) || schemes.some((scheme) => origin.startsWith(scheme) && origin.length > scheme.length) ? origin : undefined;
  };
  const vary: Record<string, string> = anyOrigin ? {} : { vary: 'origin' };

  return {
    isPreflight: (method, headers) => method === 'OPTIONS' && headers.origin !== undefined && headers['access-control-request-method'] !== undefined,
    preflight(headers) {
      const origin = allowOrigin(headers.origin);
      const method = String(headers['access-control-request-method']).trim();
      const requested = String(headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
      if (!origin || !methods.has(method) || requested.some((h) => !allowedHeaders.has(h))) return vary;
      return {
        ...vary,
        'access-control-allow-origin': origin,
        'access-control-allow-methods': cors.allowMethods.join(','),
        'access-control-allow-headers': cors.allowHeaders.join(','),
        'access-control-max-age': String(Number.parseInt(cors.maxAge, 10)),
        ...(cors.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
      };
    },
    actual(headers) {
      const origin = allowOrigin(headers.origin);
      if (!origin) return vary;
      return {
        ...vary,
        'access-control-allow-origin': origin,
        'access-control-expose-headers': cors.exposeHeaders.join(','),
        ...(cors.allowCredentials ? { 'access-control-allow-credentials': 'true' } : {}),
      };
    },
  };
}

/** API Gateway ignores CORS headers from the integration once CORS is configured. */
export function withoutCorsHeaders<H extends Record<string, unknown>>(headers: H | undefined): H | undefined {
  if (!headers) return headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.toLowerCase().startsWith('access-control-'))) as H;
}
