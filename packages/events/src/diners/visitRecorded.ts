import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { safeText } from '../text/safeText';
import { calendarDateSchema, visitFactorsSchema, visitScoreSchema } from './visitScores';

/** The diner's own words about a visit: personal. */
export const visitNoteSchema = safeText({ max: 2000, multiline: true }).meta({ personal: true });

export const visitRecordedSchema = z.object({
  /** The diner's stream (`diner-...`), never their name or sub. */
  diner: z.string().min(1),
  restaurant: z.string().min(1),
  visitedOn: calendarDateSchema,
  overall: visitScoreSchema,
  factors: visitFactorsSchema,
  note: visitNoteSchema.optional(),
});
export type VisitRecordedData = z.infer<typeof visitRecordedSchema>;

/** A diner recorded a visit to a restaurant. */
export const visitRecorded = defineEventType({
  type: 'VisitRecorded',
  source: 'forkcast.diners',
  schema: visitRecordedSchema,
  description: 'A diner recorded a visit to a restaurant, scored 0/1/2 overall and per factor.',
});
