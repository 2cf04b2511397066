/** A domain rule forbids the command (HTTP 409). `code` is stable for clients. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(public readonly code: string, message: string) {
    super(message);
  }
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

/** The stream does not exist (HTTP 404) where the command needs it to. */
export class StreamNotFoundError extends Error {
  override name = 'StreamNotFoundError';
  constructor(public readonly stream: string) {
    super(`${stream} does not exist`);
  }
}
