import * as z from 'zod';
import { defineEventType } from '../catalog/eventType';

export const visitDeletedSchema = z.object({});

/** A diner deleted a visit they recorded; it leaves every view, the log keeps it. */
export const visitDeleted = defineEventType({
  type: 'VisitDeleted',
  source: 'forkcast.diners',
  schema: visitDeletedSchema,
  description: 'A diner deleted a visit they recorded.',
});
