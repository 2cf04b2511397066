import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod';

export type Role = 'staff' | 'diner' | 'owner';

/**
 * One row of the route table (routeTable.ts): the only place an HTTP route is declared. The local
 * gateway, the OpenAPI document and the Api stack are generated from it.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** API Gateway v2 path, e.g. /restaurants/{id} */
  path: string;
  /** Stable id, also the Lambda function's logical name. */
  operationId: string;
  summary: string;
  /** Roles allowed; 'public' needs no token. */
  auth: 'public' | Role[];
  /** Module path (relative to packages/functions/src) and export of the handler, for the Api stack. */
  handler: { module: string; export: string };
  /** Loads the handler (lazily, so the gateway does not import every module on start). */
  load: () => Promise<(event: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => Promise<APIGatewayProxyStructuredResultV2>>;
  request?: { body?: z.ZodType; query?: z.ZodType; params?: z.ZodType };
  response?: z.ZodType;
}
