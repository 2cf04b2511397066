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
    visitedOn: calendarDateSchema.optional(),
    overall: visitScoreSchema.optional(),
    factors: visitFactorsSchema.optional(),
    note: visitNoteSchema.nullable().optional(),
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
