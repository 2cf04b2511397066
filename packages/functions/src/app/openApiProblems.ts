import type { Route } from '../http/route';

/** Every problem status an operation can answer, with the name of its component response. */
export const problemResponses = {
  400: { name: 'BadRequest', title: 'Bad Request', type: 'validation-failed', detail: 'The request is not valid.', errors: [{ path: 'body.name', message: 'Too small: expected string to have >=1 characters' }] },
  401: { name: 'Unauthorized', title: 'Unauthorized', type: 'unauthorized', detail: 'A bearer token is required.' },
  403: { name: 'Forbidden', title: 'Forbidden', type: 'forbidden', detail: 'This operation needs the role staff.' },
  404: { name: 'NotFound', title: 'Not Found', type: 'domain/restaurant-not-found', detail: 'there is no such restaurant' },
  409: { name: 'Conflict', title: 'Conflict', type: 'idempotency-key-in-use', detail: 'A request with this Idempotency-Key is still being processed; retry later.' },
  412: { name: 'PreconditionFailed', title: 'Precondition Failed', type: 'stale-version', detail: 'If-Match names version 2; the resource is at version 3.' },
  413: { name: 'ContentTooLarge', title: 'Content Too Large', type: 'payload-too-large', detail: 'The body is 300000 bytes; at most 262144 are accepted.' },
  415: { name: 'UnsupportedMediaType', title: 'Unsupported Media Type', type: 'unsupported-media-type', detail: 'Send the body as application/json, not text/plain.' },
  422: { name: 'UnprocessableContent', title: 'Unprocessable Content', type: 'idempotency-key-reused', detail: 'This Idempotency-Key was already used for a different request; use a new key.' },
  500: { name: 'InternalServerError', title: 'Internal Server Error', type: 'internal', detail: 'Something went wrong on our side; it has been logged.' },
} as const;

export type ProblemStatus = keyof typeof problemResponses;

/** Whether a command acts on an existing resource, and so takes If-Match (and may answer 412). */
export const takesIfMatch = (route: Route<any>) => route.method !== 'GET' && route.request?.params !== undefined;

/**
 * The problem statuses a row can answer, derived from what the pipeline does with it: every request
 * has headers it checks (400) and can fail on our side (500); auth gives 401/403; a body gives
 * 413/415; a command can break a rule or meet its key in flight (409) or reused (422); path
 * parameters name something that may not exist (404); If-Match may be stale (412).
 */
export function problemStatusesOf(route: Route<any>): ProblemStatus[] {
  const statuses: ProblemStatus[] = [400];
  if (route.auth !== 'public') statuses.push(401, 403);
  if (route.request?.params) statuses.push(404);
  if (route.method !== 'GET') statuses.push(409);
  if (takesIfMatch(route)) statuses.push(412);
  if (route.request?.body) statuses.push(413, 415);
  if (route.method !== 'GET') statuses.push(422);
  statuses.push(500);
  return statuses;
}
