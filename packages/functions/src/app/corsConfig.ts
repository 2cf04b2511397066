import type { Route } from '../http/route';
import { routes as allRoutes } from './routeTable';

/** The shape of SST v2's Api `cors` option (sst/constructs CorsProps), so the Api stack passes this as is. */
export interface CorsConfig {
  allowCredentials: boolean;
  allowHeaders: string[];
  allowMethods: Route['method'][];
  allowOrigins: string[];
  exposeHeaders: string[];
  maxAge: `${number} seconds`;
}

export const defaultCorsOrigins = ['http://localhost:5173', 'http://localhost:3000'];

/**
 * The API's CORS, configured once: API Gateway (HTTP API) applies it on AWS and the local gateway
 * does the same. Origins come from `FORKCAST_CORS_ORIGINS` (comma-separated); headers are the ones
 * our routes read; methods are those of the route table. Tokens travel in Authorization, never in
 * cookies, so credentials stay off.
 */
export function corsConfig(env: NodeJS.ProcessEnv = process.env, routes: readonly Route<any>[] = allRoutes): CorsConfig {
  const configured = (env.FORKCAST_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/+$/, '')).filter(Boolean);
  for (const origin of configured) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) throw new Error(`FORKCAST_CORS_ORIGINS: ${origin} is not an origin (scheme://host[:port])`);
  }
  return {
    allowCredentials: false,
    allowHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'idempotency-key', 'x-correlation-id'],
    allowMethods: [...new Set(routes.map((r) => r.method))].sort(),
    allowOrigins: configured.length > 0 ? configured : defaultCorsOrigins,
    exposeHeaders: ['etag', 'location', 'x-correlation-id', 'idempotent-replayed', 'retry-after'],
    // Chromium caps a preflight cache at 2 h; longer would only be ignored.
    maxAge: '7200 seconds',
  };
}
