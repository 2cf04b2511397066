import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const importRequestedSchema = z.object({
  /** The bought list's file name as staff gave it (no path). */
  filename: z.string().trim().min(1).max(200).describe("The bought list's file name as staff gave it (no path)."),
  /** Where the CSV is to be uploaded in the imports bucket. */
  objectKey: z.string().min(1).max(400).describe('Where the CSV is to be uploaded in the imports bucket.'),
  /** Until when the presigned upload URL works. */
  uploadExpiresAt: z.iso.datetime().describe('Until when the presigned upload URL works.'),
});
export type ImportRequestedData = z.infer<typeof importRequestedSchema>;

/** Staff reserved an import; its CSV is expected at `objectKey` before `uploadExpiresAt`. */
export const importRequested = defineEventType({
  type: 'ImportRequested',
  source: 'forkcast.imports',
  schema: importRequestedSchema,
  description: 'Staff reserved an import and received an upload URL for its CSV.',
});
