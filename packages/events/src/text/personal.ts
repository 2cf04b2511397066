import type * as z from 'zod';

/**
 * Marks a field as personal data (an email, a name, a phone number, free text a person wrote). The
 * catalog's JSON Schema carries the mark (`personal: true`), so such fields can be encrypted with a
 * per-person key and erased by deleting it; they never go into stream ids, keys, patterns or logs.
 */
export function personal<T extends z.ZodType>(schema: T): T {
  return schema.meta({ personal: true }) as T;
}
