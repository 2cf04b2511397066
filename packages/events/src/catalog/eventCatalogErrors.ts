import type { z } from 'zod';

/** The log or a decider names an event type the catalog does not know. */
export class UnknownEventTypeError extends Error {
  override name = 'UnknownEventTypeError';
  constructor(public readonly type: string, public readonly schemaVersion?: number) {
    super(schemaVersion === undefined ? `unknown event type ${type}` : `unknown schemaVersion ${schemaVersion} of ${type}`);
  }
}

/** An envelope or its data does not match the catalog's schema for its type and version. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
  constructor(public readonly type: string, public readonly schemaVersion: number, public readonly issues: z.core.$ZodIssue[]) {
    super(`invalid ${type} v${schemaVersion}: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
}
