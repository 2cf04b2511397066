import type { Logger } from '@aws-lambda-powertools/logger';
import middy from '@middy/core';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { parse } from '@aws-lambda-powertools/parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { IdempotencyStore } from '@forkcast/core';
import type { Actor } from '@forkcast/events';
import type { z } from 'zod';
import { actorFromClaims } from './actorFromClaims';
import { claimsOf } from './claimsOf';
import { correlationHeader, correlationIdOf } from './correlationId';
import { parseIfMatch } from './entityTag';
import { errorToProblem } from './errorToProblem';
import { RequestValidationError, type SchemaIssue } from './fieldIssues';
import { badRequest, forbidden, unauthorized } from './httpProblem';
import type { HttpRequest } from './httpRequest';
import { idempotencyScope, requestFingerprint } from './idempotencyScope';
import { idempotentReplay, type Attempt } from './idempotentReplay';
import { invocationObservability, type Observability } from './observability';
import { problemResponse } from './problemResponse';
import { headerOf, readJsonBody } from './requestBody';
import type { RequestPart, Route, RouteSchemas } from './route';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;
export type LambdaHttpHandler = (event: Event, context: Context) => Promise<Result>;

/** The request a row's handler gets: body, query and params typed by the row's schemas. */
export type RequestOf<S extends RouteSchemas> = HttpRequest<RequestPart<S['body']>, RequestPart<S['query']>, RequestPart<S['params']>>;

/** What the pipeline needs besides the row: the idempotency keys, which every command route takes. */
export interface HttpHandlerDependencies {
  idempotency?: IdempotencyStore;
}

/**
 * The pipeline every route shares: this invocation's Powertools logger (with the correlation id)
 * and metrics, authorization from the row's `auth`, body/query/path validation with the row's zod
 * schemas, Idempotency-Key replay on commands, and any error turned into RFC 9457 problem+json.
 * `fn` only does the route's own work.
 */
export function httpHandler<S extends RouteSchemas>(
  route: Route<S>, fn: (request: RequestOf<S>) => Promise<Result>, deps: HttpHandlerDependencies = {},
): LambdaHttpHandler {
  // Fails the build (and so the route-table test), not a request: a command without replay would look idempotent and not be.
  if (route.method !== 'GET' && !deps.idempotency) throw new Error(`${route.operationId}: a command route needs deps.idempotency`);
  const handler = middy<Event, Result>().handler(async (event, context) => {
    const observability = invocationObservability();
    const { logger, metrics } = observability;
    logger.addContext(context);
    logger.setCorrelationId(correlationIdOf(event));
    metrics.addDimension('operation', route.operationId);
    const instance = instanceOf(event);
    const attempt = async (request: RequestOf<S>): Promise<Attempt> => {
      try {
        const response = await fn(request);
        return { response, replayable: (response.statusCode ?? 200) < 500 };
      } catch (error) {
        return failed(error, instance, logger);
      }
    };
    let response: Result;
    try {
      const { request, rawBody } = requestOf(route, event, observability);
      const key = request.idempotencyKey;
      // Without a verified caller a key cannot be scoped to one client, so it only dedupes in the log.
      response = deps.idempotency && route.method !== 'GET' && key && request.actor
        ? await idempotentReplay(
          deps.idempotency, idempotencyScope(request.actor.id, route.operationId, key), requestFingerprint(event, rawBody), () => attempt(request), logger,
        )
        : (await attempt(request)).response;
    } catch (error) {
      response = failed(error, instance, logger).response;
    }
    record(metrics, response.statusCode ?? 200);
    metrics.publishStoredMetrics();
    return withCorrelationHeader(response, event);
  });
  return (event, context) => handler(event, context);
}

function failed(error: unknown, instance: string, logger: Logger): Attempt {
  const { problem, headers, unexpected, transient } = errorToProblem(error, instance);
  if (unexpected) logger.error('unexpected error', { error: error as Error, instance });
  else logger.info('request rejected', { status: problem.status, type: problem.type, instance });
  return { response: problemResponse(problem, headers), replayable: !transient };
}

function requestOf<S extends RouteSchemas>(route: Route<S>, event: Event, observability: Observability): { request: RequestOf<S>; rawBody: unknown } {
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
  return { request: request as RequestOf<S>, rawBody };
}

/** API Gateway's JWT authorizer has verified the token; here only the role is checked (403). */
function authorize(route: Route, event: Event): Actor | undefined {
  const claims = claimsOf(event);
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
