import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { routes } from '../routes/routeTable';

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

/** An API Gateway v2 event for a route of the table, shaped as API Gateway (and the local gateway) sends it. */
export function apiEvent(operationId: string, call: ApiCall = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const route = routes.find((r) => r.operationId === operationId)!;
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

const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

export interface ApiResponse extends APIGatewayProxyStructuredResultV2 {
  statusCode: number;
  headers: Record<string, string>;
  json: any;
}

/** Invokes the route's handler the way the gateway does (`await route.load()`), parsing a JSON body. */
export async function callApi(operationId: string, call: ApiCall = {}): Promise<ApiResponse> {
  const route = routes.find((r) => r.operationId === operationId)!;
  const handler = await route.load();
  const response = await handler(apiEvent(operationId, call), context);
  const headers = (response.headers ?? {}) as Record<string, string>;
  return { ...response, statusCode: response.statusCode ?? 200, headers, json: response.body ? JSON.parse(response.body) : undefined };
}
