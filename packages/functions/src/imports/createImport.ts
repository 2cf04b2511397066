import { ulid } from 'ulid';
import type { z } from 'zod';
import { stores } from '../config/stores';
import { httpHandler } from '../http/httpHandler';
import { jsonResponse } from '../http/responses';
import type { createImportBody } from './importRequests';
import { importKeyOf, writeImportStatus } from './importStatus';
import { importsObjectStore } from './objectStore/importsObjectStore';

const uploadWindowSeconds = 15 * 60;

/**
 * POST /imports (staff): reserves an import and returns where to PUT the CSV. The upload itself
 * (S3 presigned PUT, or the local gateway) triggers importFromS3.
 */
export const handler = httpHandler<z.infer<typeof createImportBody>>('createImport', async (request) => {
  const importId = ulid();
  const key = importKeyOf(importId, request.body.filename);
  const uploadUrl = await importsObjectStore().uploadUrl(key, uploadWindowSeconds, 'text/csv');
  const now = new Date();
  await writeImportStatus(stores().views, importId, () => ({
    importId, filename: request.body.filename, key, status: 'awaiting-upload', createdAt: now.toISOString(), updatedAt: now.toISOString(),
  }));
  const expiresAt = new Date(now.getTime() + uploadWindowSeconds * 1000).toISOString();
  // Send the file as text/csv so the stored object (and its report) say what it is.
  return jsonResponse(201, { importId, uploadUrl, uploadHeaders: { 'content-type': 'text/csv' }, expiresAt }, { location: `/imports/${importId}` });
});
