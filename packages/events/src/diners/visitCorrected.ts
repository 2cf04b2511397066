import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { calendarDateSchema, visitFactorsSchema, visitScoreSchema } from './visitScores';
import { visitNoteSchema } from './visitRecorded';

/**
 * The corrected fields. `factors` replaces the factors whole (so a factor can be unscored); a
 * null note clears it.
 */
export const visitCorrectedSchema = z
  .object({
    visitedOn: calendarDateSchema.describe('The corrected day of the visit; absent when unchanged.').optional(),
    overall: visitScoreSchema.describe('The corrected overall score; absent when unchanged.').optional(),
    factors: visitFactorsSchema.describe('The corrected factor scores (replace the old ones); absent when unchanged.').optional(),
    note: visitNoteSchema.nullable().describe('The corrected note; null clears it, absent leaves it.').optional(),
  })
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'at least one field must change' });
export type VisitCorrectedData = z.infer<typeof visitCorrectedSchema>;

/** A diner corrected a visit they recorded. */
export const visitCorrected = defineEventType({
  type: 'VisitCorrected',
  source: 'forkcast.diners',
  schema: visitCorrectedSchema,
  description: 'A diner corrected a visit; carries only the changed fields.',
});
