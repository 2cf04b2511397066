import { InvalidCursorError, DomainError, DomainForbiddenError, DomainNotFoundError, StaleVersionError, VersionConflictError } from '@forkcast/core';
import { HttpProblem } from './httpProblem';
import { problemType, type ProblemDetails } from './problemDetails';
import { issuesToFieldIssues, isValidationError } from './fieldIssues';

export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True when the error is ours, not the client's: log it with its stack, say nothing of it. */
  unexpected: boolean;
  /** The outcome is unknown or the client is told to try again: not an answer to replay for its Idempotency-Key. */
  transient: boolean;
}

/** Maps any error thrown while handling a request to problem details (never leaks internals). */
export function errorToProblem(error: unknown, instance: string): MappedProblem {
  const base = { instance };
  if (error instanceof HttpProblem) {
    return {
      problem: { type: error.type, title: error.title, status: error.status, detail: error.detail, ...base, ...error.options.extensions, ...(error.options.errors ? { errors: error.options.errors } : {}) },
      headers: error.options.headers ?? {},
      unexpected: false,
      transient: error.status >= 500,
    };
  }
  if (error instanceof InvalidCursorError) {
    // Every paged query refuses a cursor it did not issue (another query's, edited, forged) the same way.
    return expected({
      type: problemType('bad-request'), title: 'Bad Request', status: 400, detail: 'The cursor is not one this API issued.', ...base,
      errors: [{ path: 'query.cursor', message: 'invalid cursor' }],
    });
  }
  if (isValidationError(error)) {
    const errors = issuesToFieldIssues(error);
    return expected({ type: problemType('validation-failed'), title: 'Bad Request', status: 400, detail: 'The request is not valid.', ...base, errors });
  }
  if (error instanceof StaleVersionError) {
    return expected({
      type: problemType('stale-version'), title: 'Precondition Failed', status: 412,
      detail: `If-Match names version ${error.expected}; the resource is at version ${error.actual}.`, ...base, currentVersion: error.actual,
    }, { etag: `"${error.actual}"` });
  }
  if (error instanceof DomainForbiddenError) {
    return expected({ type: problemType(`domain/${error.code}`), title: 'Forbidden', status: 403, detail: error.message, ...base, code: error.code });
  }
  if (error instanceof DomainNotFoundError) {
    return expected({ type: problemType(`domain/${error.code}`), title: 'Not Found', status: 404, detail: error.message, ...base, code: error.code });
  }
  if (error instanceof DomainError) {
    return expected({ type: problemType(`domain/${error.code}`), title: 'Conflict', status: 409, detail: error.message, ...base, code: error.code });
  }
  if (error instanceof VersionConflictError) {
    return {
      ...expected({
        type: problemType('concurrent-modification'), title: 'Conflict', status: 409,
        detail: 'The resource kept changing while the command was retried; try again.', ...base,
      }),
      transient: true,
    };
  }
  return {
    problem: { type: problemType('internal'), title: 'Internal Server Error', status: 500, detail: 'Something went wrong on our side; it has been logged.', ...base },
    headers: {},
    unexpected: true,
    transient: true,
  };
}

function expected(problem: ProblemDetails, headers: Record<string, string> = {}): MappedProblem {
  return { problem, headers, unexpected: false, transient: false };
}
