import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Actor } from '@forkcast/events';
import type { Route } from './route';

/** What a route handler receives once the pipeline has authorized and validated the request. */
export interface HttpRequest<Body = unknown, Query = unknown, Params = unknown> {
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
  route: Route;
  body: Body;
  query: Query;
  params: Params;
  /** Present on every non-public route (the pipeline answered 401/403 otherwise). */
  actor: Actor | undefined;
  correlationId: string;
  /** The version `If-Match` names; undefined when absent or `*`. */
  ifMatch: number | undefined;
  idempotencyKey: string | undefined;
  /** `METHOD path` plus request id, for problem `instance`s and logs. */
  instance: string;
  /** This invocation's own logger and metrics: nothing of one request leaks into another's. */
  logger: Logger;
  metrics: Metrics;
}
