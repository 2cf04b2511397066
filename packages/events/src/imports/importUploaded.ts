import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const importUploadedSchema = z.object({
  objectKey: z.string().min(1).max(400).describe('The uploaded CSV in the imports bucket.'),
  /** Bytes of the uploaded file, when the store tells. */
  size: z.number().int().nonnegative().describe('Bytes of the uploaded file, when the store tells.').optional(),
});
export type ImportUploadedData = z.infer<typeof importUploadedSchema>;

/** The CSV arrived and the importer started on it (again, after a failed attempt). */
export const importUploaded = defineEventType({
  type: 'ImportUploaded',
  source: 'forkcast.imports',
  schema: importUploadedSchema,
  description: 'The CSV of an import was uploaded and the importer started reading it.',
});
