import type { z } from 'zod';
import type { HandlerNeeds } from '../app/handlerNeeds';

export type Role = 'staff' | 'diner' | 'owner';

/** The zod schemas of a route's request parts. */
export interface RouteSchemas {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/**
 * One route row (each context's `<context>Routes.ts`): the only place an HTTP route is declared.
 * The local gateway, the OpenAPI document and the routes stacks are generated from the rows. A row
 * names its handler module and imports schemas only, so the module that imports its row never
 * pulls in another handler.
 */
export interface Route<S extends RouteSchemas = RouteSchemas> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** API Gateway v2 path, e.g. /restaurants/{id} */
  path: string;
  /** Stable id, also the Lambda function's logical name. */
  operationId: string;
  summary: string;
  /** Roles allowed; 'public' needs no token. */
  auth: 'public' | Role[];
  /**
   * The handler module, relative to packages/functions/src without extension (e.g.
   * `restaurants/listRestaurant`); it exports `handler` (the Lambda entry) and `build(deps)`.
   */
  handler: string;
  /** What the handler reaches on AWS (app/handlerNeeds.ts); its routes stack grants exactly this. */
  needs?: HandlerNeeds;
  /** Requests per second (steady, burst) for this route, when it must differ from the API's default. */
  throttle?: { rate: number; burst: number };
  request?: S;
  response?: z.ZodType;
}

/** Declares a row, keeping its schemas' types so `httpHandler(row, fn)` can infer the request. */
export function defineRoute<const S extends RouteSchemas>(route: Route<S>): Route<S> {
  return route;
}

/** The validated type of one request part: what its schema outputs, or undefined without one. */
export type RequestPart<T> = T extends z.ZodType ? z.output<T> : undefined;
