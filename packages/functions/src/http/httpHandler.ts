import middy from '@middy/core';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { parse } from '@aws-lambda-powertools/parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Actor } from '@forkcast/events';
import type { z } from 'zod';
import { actorFromClaims } from './actorFromClaims';
import { correlationHeader, correlationIdOf } from './correlationId';
import { parseIfMatch } from './entityTag';
import { errorToProblem } from './errorToProblem';
import { RequestValidationError, type SchemaIssue } from './fieldIssues';
import { badRequest, forbidden, unauthorized } from './httpProblem';
import type { HttpRequest } from './httpRequest';
import { invocationObservability, type Observability } from './observability';
import { problemResponse } from './problemResponse';
import { headerOf, readJsonBody } from './requestBody';
import type { RequestPart, Route, RouteSchemas } from './route';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;
export type LambdaHttpHandler = (event: Event, context: Context) => Promise<Result>;

/** The request a row's handler gets: body, query and params typed by the row's schemas. */
export type RequestOf<S extends RouteSchemas> = HttpRequest<RequestPart<S['body']>, RequestPart<S['query']>, RequestPart<S['params']>>;

/**
 * The pipeline every route shares: this invocation's Powertools logger (with the correlation id)
 * and metrics, authorization from the row's `auth`, body/query/path validation with the row's zod
 * schemas, and any error turned into RFC 9457 problem+json. `fn` only does the route's own work.
 */
export function httpHandler<S extends RouteSchemas>(route: Route<S>, fn: (request: RequestOf<S>) => Promise<Result>): LambdaHttpHandler {
  const handler = middy<Event, Result>().handler(async (event, context) => {
    const observability = invocationObservability();
    const { logger, metrics } = observability;
    logger.addContext(context);
    logger.setCorrelationId(correlationIdOf(event));
    metrics.addDimension('operation', route.operationId);
    let response: Result;
    try {
      response = await fn(requestOf(route, event, observability));
      record(metrics, response.statusCode ?? 200);
    } catch (error) {
      const instance = instanceOf(event);
      const { problem, headers, unexpected } = errorToProblem(error, instance);
      if (unexpected) logger.error('unexpected error', { error: error as Error, instance });
      else logger.info('request rejected', { status: problem.status, type: problem.type, instance });
      record(metrics, problem.status);
      response = problemResponse(problem, headers);
    } finally {
      metrics.publishStoredMetrics();
    }
    return withCorrelationHeader(response, event);
  });
  return (event, context) => handler(event, context);
}

function requestOf<S extends RouteSchemas>(route: Route<S>, event: Event, observability: Observability): RequestOf<S> {
  const actor = authorize(route, event);
  const schemas = route.request;
  const rawBody = schemas?.body ? readJsonBody(event) : undefined;
  const request: HttpRequest = {
    event,
    route,
    actor,
    body: validate('body', schemas?.body, rawBody),
    query: validate('query', schemas?.query, event.queryStringParameters ?? {}),
    params: validate('path', schemas?.params, event.pathParameters ?? {}),
    correlationId: correlationIdOf(event),
    ifMatch: parseIfMatch(headerOf(event, 'if-match')),
    idempotencyKey: idempotencyKeyOf(event),
    instance: instanceOf(event),
    ...observability,
  };
  // The pipeline's one assertion: each part has just been parsed by exactly the row's schema for
  // it (and a part without a schema is undefined), which is what RequestOf<S> states.
  return request as RequestOf<S>;
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

/** The part as its schema outputs it; undefined without a schema (the part is then not read). */
function validate(location: string, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
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

function record(metrics: Observability['metrics'], status: number): void {
  metrics.addMetric(status >= 500 ? 'Failed' : status >= 400 ? 'Rejected' : 'Succeeded', MetricUnit.Count, 1);
}

function withCorrelationHeader(response: Result, event: Event): Result {
  return { ...response, headers: { ...response.headers, [correlationHeader]: correlationIdOf(event) } };
}
