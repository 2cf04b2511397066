import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';
import { safeText } from '../text/safeText';
import { calendarDateSchema, visitFactorsSchema, visitScoreSchema } from './visitScores';

/** The diner's own words about a visit: personal. */
export const visitNoteSchema = safeText({ max: 2000, multiline: true }).meta({ personal: true });

export const visitRecordedSchema = z.object({
  /** The diner's stream (`diner-...`), never their name or sub. */
  diner: z.string().min(1).describe("The diner's stream (`diner-...`), never their name or sub."),
  restaurant: z.string().min(1).describe('The visited restaurant (its stream, `restaurant-<ULID>`).'),
  visitedOn: calendarDateSchema.describe('The day of the visit (yyyy-mm-dd), as the diner gave it.'),
  overall: visitScoreSchema.describe('How the visit was overall: 0 bad, 1 fine, 2 good.'),
  factors: visitFactorsSchema.describe('Scores per factor the diner chose to give (0/1/2 each).'),
  note: visitNoteSchema.describe('Free text about the visit.').optional(),
});
export type VisitRecordedData = z.infer<typeof visitRecordedSchema>;

/** A diner recorded a visit to a restaurant. */
export const visitRecorded = defineEventType({
  type: 'VisitRecorded',
  source: 'forkcast.diners',
  schema: visitRecordedSchema,
  description: 'A diner recorded a visit to a restaurant, scored 0/1/2 overall and per factor.',
});
