import * as z from 'zod';

export const createImportBody = z
  .strictObject({ filename: z.string().trim().min(1).max(200).regex(/^[^/\\\u0000-\u001f]+$/, 'a file name, not a path') })
  .meta({ id: 'CreateImportBody' });

export const createImportResponse = z
  .object({ importId: z.string(), uploadUrl: z.url(), uploadHeaders: z.record(z.string(), z.string()), expiresAt: z.iso.datetime() })
  .meta({ id: 'ImportCreated' });

export const importParams = z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not an import id').meta({ examples: ['01JH8Z5Q3X4V6W7Y8Z9A0B1C2D'] }) });

const issue = z.object({
  line: z.number().int(),
  field: z.string(),
  action: z.enum(['rejected', 'repaired']),
  code: z.string(),
  message: z.string(),
  original: z.string().optional(),
  repairedTo: z.unknown().optional(),
});

export const importStatusResponse = z
  .object({
    importId: z.string(),
    filename: z.string(),
    status: z.enum(['awaiting-upload', 'running', 'completed', 'failed']),
    counts: z.object({ imported: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number() }).optional(),
    summary: z.string().optional(),
    error: z.string().optional(),
    report: z.array(issue).optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ImportStatus' });
