import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Route } from '../http/route';

export interface ApiCall {
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** An object is sent as JSON (content-type set unless given); a string as is. */
  body?: unknown;
  isBase64Encoded?: boolean;
  /** JWT claims as API Gateway hands them over (`cognito:groups` flattened); absent = no token. */
  claims?: Record<string, string>;
}

export const staff = { sub: 'staff-1', 'cognito:groups': '[staff]' };
export const diner = { sub: 'diner-1', 'cognito:groups': '[diner]' };

/** An API Gateway v2 event for a route, shaped as API Gateway (and the local gateway) sends it. */
export function apiEvent(route: Route<any>, call: ApiCall = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const rawPath = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(call.params?.[name] ?? ''));
  const rawQueryString = new URLSearchParams(call.query ?? {}).toString();
  const headers: Record<string, string> = Object.fromEntries(Object.entries(call.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  let body: string | undefined;
  if (typeof call.body === 'string') body = call.body;
  else if (call.body !== undefined) {
    body = JSON.stringify(call.body);
    headers['content-type'] ??= 'application/json';
  }
  const requestId = `req-${Math.random().toString(36).slice(2)}`;
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath,
    rawQueryString,
    headers,
    ...(call.query ? { queryStringParameters: call.query } : {}),
    ...(call.params ? { pathParameters: call.params } : {}),
    ...(body !== undefined ? { body } : {}),
    isBase64Encoded: call.isBase64Encoded ?? false,
    requestContext: {
      accountId: '000000000000', apiId: 'local', domainName: 'localhost', domainPrefix: 'localhost', requestId,
      routeKey: `${route.method} ${route.path}`, stage: '$default', time: new Date().toISOString(), timeEpoch: Date.now(),
      http: { method: route.method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: call.claims ?? {}, scopes: null as unknown as string[] } },
    },
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}
