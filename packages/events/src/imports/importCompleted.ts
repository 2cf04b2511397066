import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

const count = z.number().int().nonnegative();

export const importCountsSchema = z.object({ imported: count, updated: count, unchanged: count, rejected: count });
export type ImportCountsData = z.infer<typeof importCountsSchema>;

export const importCompletedSchema = z.object({
  counts: importCountsSchema,
  /** Data rows read (the header excluded). */
  rows: count,
  /** `imported N, updated N, unchanged N, rejected N` */
  summary: z.string().min(1).max(200),
  /** Object key of the per-row report (JSON) beside the CSV. */
  reportKey: z.string().min(1).max(400),
  /** Rows the report lists (rejected or repaired). */
  reportEntries: count,
});
export type ImportCompletedData = z.infer<typeof importCompletedSchema>;

/** Every row of the CSV was imported, updated, found unchanged or rejected. */
export const importCompleted = defineEventType({
  type: 'ImportCompleted',
  source: 'forkcast.imports',
  schema: importCompletedSchema,
  description: 'An import read its whole CSV; carries the counts and where the per-row report is.',
});
