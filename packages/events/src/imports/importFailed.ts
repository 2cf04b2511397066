import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const importFailedSchema = z.object({
  /** `not-a-zomato-export` is final; `error` may succeed when the upload is retried. */
  code: z.enum(['not-a-zomato-export', 'error']).describe('`not-a-zomato-export` is final; `error` may succeed when the upload is retried.'),
  /** For staff: what went wrong, without internals. */
  reason: z.string().min(1).max(500).describe('For staff: what went wrong, without internals.'),
});
export type ImportFailedData = z.infer<typeof importFailedSchema>;

/** The import stopped before reading the whole file. Rows appended before it stay in the log. */
export const importFailed = defineEventType({
  type: 'ImportFailed',
  source: 'forkcast.imports',
  schema: importFailedSchema,
  description: 'An import stopped: the file is not a Zomato export, or the importer failed.',
});
