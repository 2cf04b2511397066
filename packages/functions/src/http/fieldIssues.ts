import { ZodError } from 'zod';
import type { FieldIssue } from './problemDetails';

/** A Standard Schema issue (zod 4 and Powertools' parser both report these). */
export interface SchemaIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
}

/** The request failed validation in one part of it (`body`, `query`, `path`, `header`). */
export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  constructor(readonly location: string, readonly issues: ReadonlyArray<SchemaIssue>) {
    super(`invalid ${location}`);
  }
}

export function isValidationError(error: unknown): error is RequestValidationError | ZodError {
  return error instanceof RequestValidationError || error instanceof ZodError;
}

export function issuesToFieldIssues(error: RequestValidationError | ZodError): FieldIssue[] {
  const location = error instanceof RequestValidationError ? error.location : 'body';
  return error.issues.map((issue) => ({ path: [location, ...(issue.path ?? []).map(segment)].join('.'), message: issue.message }));
}

function segment(part: PropertyKey | { key: PropertyKey }): string {
  return String(typeof part === 'object' && part !== null ? part.key : part);
}
