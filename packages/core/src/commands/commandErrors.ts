/** A domain rule forbids the command (HTTP 409). `code` is stable for clients. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(public readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The command names something its stream has never held, e.g. a restaurant that was never listed
 * (HTTP 404). A domain error with its own code, so each kind of thing has its own problem type.
 */
export class DomainNotFoundError extends DomainError {
  override name = 'DomainNotFoundError';
}

/** Someone else appended at the version we tried to take (retried, then HTTP 409). */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(public readonly stream: string, public readonly version: number) {
    super(`version ${version} of ${stream} is already taken`);
  }
}

/** The client's If-Match version is not the stream's current version (HTTP 412). */
export class StaleVersionError extends Error {
  override name = 'StaleVersionError';
  constructor(public readonly stream: string, public readonly expected: number, public readonly actual: number) {
    super(`${stream} is at version ${actual}, not ${expected}`);
  }
}

/** A stream holds an event its decider does not know: a bug or a mis-routed stream id, never client input. */
export class ForeignEventError extends Error {
  override name = 'ForeignEventError';
  constructor(public readonly stream: string, public readonly type: string) {
    super(`${stream} holds a ${type}, which its decider does not handle`);
  }
}

/** A domain rule reserves the command to someone else, e.g. only a review's author edits it (HTTP 403). */
export class DomainForbiddenError extends DomainError {
  override name = 'DomainForbiddenError';
}
