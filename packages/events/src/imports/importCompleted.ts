import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

const count = z.number().int().nonnegative();

export const importCountsSchema = z.object({
  imported: count.describe('Rows that listed a new restaurant.'),
  updated: count.describe('Rows that changed a restaurant imported before.'),
  unchanged: count.describe('Rows equal to what the catalogue already had.'),
  rejected: count.describe('Rows that could not be imported (see the report).'),
});
export type ImportCountsData = z.infer<typeof importCountsSchema>;

export const importCompletedSchema = z.object({
  counts: importCountsSchema.describe('What became of the rows.'),
  /** Data rows read (the header excluded). */
  rows: count.describe('Data rows read (the header excluded).'),
  /** `imported N, updated N, unchanged N, rejected N` */
  summary: z.string().min(1).max(200).describe('`imported N, updated N, unchanged N, rejected N`'),
  /** Object key of the per-row report (JSON) beside the CSV. */
  reportKey: z.string().min(1).max(400).describe('Object key of the per-row report (JSON) beside the CSV.'),
  /** Rows the report lists (rejected or repaired). */
  reportEntries: count.describe('Rows the report lists (rejected or repaired).'),
});
export type ImportCompletedData = z.infer<typeof importCompletedSchema>;

/** Every row of the CSV was imported, updated, found unchanged or rejected. */
export const importCompleted = defineEventType({
  type: 'ImportCompleted',
  source: 'forkcast.imports',
  schema: importCompletedSchema,
  description: 'An import read its whole CSV; carries the counts and where the per-row report is.',
});
