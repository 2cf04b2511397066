/**
 * Errors raised while compiling or evaluating a JSONPath.
 *
 *   class JsonPathNotFoundError extends Error { path: string; detail: string }
 *     `detail` is what AWS's JSONPath engine (Jayway) says, e.g. "No results for path: $['x']";
 *     callers turn it into AWS's cause with `invalidPathCause(path, err)` (InputPath, OutputPath,
 *     ItemsPath, *SecondsPath, ...) or `payloadPathNotFoundCause(...)` (Parameters, ErrorPath, ...).
 *   class JsonPathSyntaxError extends Error { path: string }
 *
 * Neither is a StatesError: where a path is used decides which States.* error and text AWS reports.
 */
export class JsonPathNotFoundError extends Error {
  override name = 'JsonPathNotFoundError';
  constructor(public readonly path: string, public readonly detail: string) {
    super(detail);
  }
}

export class JsonPathSyntaxError extends Error {
  override name = 'JsonPathSyntaxError';
  constructor(public readonly path: string, message: string) {
    super(message);
  }
}

/** AWS's cause for a missing InputPath/OutputPath/ItemsPath/TimeoutSecondsPath/... target. */
export function invalidPathCause(path: string, err: JsonPathNotFoundError): string {
  return `Invalid path '${path}' : ${err.detail}`;
}

/** AWS's cause for a path in a payload template (`key.$`), ErrorPath or CausePath that finds nothing. */
export function payloadPathNotFoundCause(path: string, field: string, input: unknown): string {
  return `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(input)}'`;
}
