import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const importOutcomeAwaitedSchema = z.object({
  /**
   * The Step Functions task token the follow-up workflow waits on; the policy on ImportCompleted
   * and ImportFailed finds it here and releases the workflow.
   */
  taskToken: z.string().min(1).max(8192).describe('The Step Functions task token the follow-up workflow waits on; the policy on ImportCompleted and ImportFailed releases it.'),
});
export type ImportOutcomeAwaitedData = z.infer<typeof importOutcomeAwaitedSchema>;

/** The import follow-up workflow is waiting for this import to finish. */
export const importOutcomeAwaited = defineEventType({
  type: 'ImportOutcomeAwaited',
  source: 'forkcast.imports',
  schema: importOutcomeAwaitedSchema,
  description: 'The import follow-up workflow waits for the outcome; carries the task token that releases it.',
});
