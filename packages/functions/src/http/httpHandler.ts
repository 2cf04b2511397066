import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { parse } from '@aws-lambda-powertools/parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Actor } from '@forkcast/events';
import type { z } from 'zod';
import { routeFor } from '../routes/routeFor';
import type { Route } from '../routes/route';
import { actorFromClaims } from './actorFromClaims';
import { correlationHeader, correlationIdOf } from './correlationId';
import { parseIfMatch } from './entityTag';
import { errorToProblem } from './errorToProblem';
import { RequestValidationError, type SchemaIssue } from './fieldIssues';
import { badRequest, forbidden, unauthorized } from './httpProblem';
import type { HttpRequest } from './httpRequest';
import { logger, metrics } from './observability';
import { problemResponse } from './problemResponse';
import { headerOf, readJsonBody } from './requestBody';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;
export type LambdaHttpHandler = (event: Event, context: Context) => Promise<Result>;

/**
 * The pipeline every route shares: Powertools logger (with the correlation id) and metrics, then
 * authorization from the route's `auth`, body/query/path validation with the route's zod schemas,
 * and any error turned into RFC 9457 problem+json. `fn` only does the route's own work.
 */
export function httpHandler<Body = unknown, Query = unknown, Params = unknown>(
  operationId: string,
  fn: (request: HttpRequest<Body, Query, Params>) => Promise<Result>,
): LambdaHttpHandler {
  const route = routeFor(operationId);
  const handler = middy<Event, Result>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics))
    .use({
      before: ({ event }) => {
        logger.setCorrelationId(correlationIdOf(event));
        metrics.addDimension('operation', operationId);
      },
      after: (request) => {
        recordOutcome(request.response?.statusCode ?? 200);
        request.response = withCorrelationHeader(request.response, request.event);
      },
      onError: (request) => {
        const instance = instanceOf(request.event);
        const { problem, headers, unexpected } = errorToProblem(request.error, instance);
        if (unexpected) logger.error('unexpected error', { error: request.error as Error, instance });
        else logger.info('request rejected', { status: problem.status, type: problem.type, instance });
        recordOutcome(problem.status);
        request.response = withCorrelationHeader(problemResponse(problem, headers), request.event);
      },
    })
    .handler(async (event) => fn(requestOf<Body, Query, Params>(route, event)));
  return (event, context) => handler(event, context);
}

function requestOf<Body, Query, Params>(route: Route, event: Event): HttpRequest<Body, Query, Params> {
  const actor = authorize(route, event);
  const rawBody = route.request?.body ? readJsonBody(event) : undefined;
  return {
    event,
    route,
    actor,
    body: validate('body', route.request?.body, rawBody) as Body,
    query: validate('query', route.request?.query, event.queryStringParameters ?? {}) as Query,
    params: validate('path', route.request?.params, event.pathParameters ?? {}) as Params,
    correlationId: correlationIdOf(event),
    ifMatch: parseIfMatch(headerOf(event, 'if-match')),
    idempotencyKey: idempotencyKeyOf(event),
    instance: instanceOf(event),
  };
}

/** API Gateway's JWT authorizer has verified the token; here only the role is checked (403). */
function authorize(route: Route, event: Event): Actor | undefined {
  const claims = event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
  if (route.auth === 'public') return actorFromClaims(claims)?.actor;
  // Normally unreachable behind the authorizer; kept so a misconfigured route fails closed.
  const caller = actorFromClaims(claims, route.auth);
  if (!caller) throw unauthorized('A bearer token is required.');
  const allowed = route.auth;
  if (!caller.roles.some((role) => allowed.includes(role))) {
    throw forbidden(`This operation needs the role ${allowed.join(' or ')}.`);
  }
  return caller.actor;
}

function validate(location: string, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return value;
  const result = parse(value, undefined, schema, true);
  if (result.success) return result.data;
  throw new RequestValidationError(location, (result.error.cause ?? []) as SchemaIssue[]);
}

function idempotencyKeyOf(event: Event): string | undefined {
  const key = headerOf(event, 'idempotency-key')?.trim();
  if (key === undefined || key === '') return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw badRequest('Idempotency-Key must be 1 to 255 visible ASCII characters.', [{ path: 'header.idempotency-key', message: 'invalid key' }]);
  }
  return key;
}

function instanceOf(event: Event): string {
  return `${event.rawPath ?? event.requestContext?.http?.path ?? ''}#${event.requestContext?.requestId ?? ''}`;
}

function recordOutcome(status: number): void {
  const outcome = status >= 500 ? 'Failed' : status >= 400 ? 'Rejected' : 'Succeeded';
  metrics.addMetric(outcome, MetricUnit.Count, 1);
}

function withCorrelationHeader(response: Result | undefined, event: Event): Result {
  const base: Result = response ?? { statusCode: 204 };
  return { ...base, headers: { ...base.headers, [correlationHeader]: correlationIdOf(event) } };
}
