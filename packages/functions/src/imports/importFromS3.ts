import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { S3Event } from 'aws-lambda';
import { stores } from '../config/stores';
import { logger } from '../http/observability';
import { parseImportKey, reportKeyOf, writeImportStatus } from './importStatus';
import { importsObjectStore } from './objectStore/importsObjectStore';
import { ImportFormatError, runImport } from './runImport';

/**
 * S3 ObjectCreated on the imports bucket (locally: the gateway after an upload): runs the import,
 * writes the report next to the CSV and the status to the Views table. A file that is not a
 * Zomato export fails the import without a retry; anything else is thrown so S3 retries.
 */
export const handler = middy<S3Event, void>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    for (const record of event.Records) {
      // S3 URL-encodes keys in notifications, with '+' for spaces.
      const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      const parsed = parseImportKey(key);
      if (!parsed) {
        logger.info('not an import upload; ignored', { key });
        continue;
      }
      await importObject(key, parsed.importId, parsed.filename);
    }
  });

async function importObject(key: string, importId: string, filename: string): Promise<void> {
  const { views, events } = stores();
  const objects = importsObjectStore();
  logger.setCorrelationId(importId);
  const now = () => new Date().toISOString();
  await writeImportStatus(views, importId, (current) => ({
    importId, filename, key, createdAt: current?.createdAt ?? now(), ...current, status: 'running', updatedAt: now(),
  }));
  try {
    const object = await objects.get(key);
    const result = await runImport({ source: object.body, totalBytes: object.size, store: events, correlationId: importId });
    const reportKey = reportKeyOf(importId);
    await objects.put(reportKey, JSON.stringify({ importId, summary: result.summary, counts: result.counts, report: result.report }), 'application/json');
    await writeImportStatus(views, importId, (current) => ({
      ...current!, status: 'completed', counts: result.counts, summary: result.summary, reportKey, error: undefined, updatedAt: now(),
    }));
    logger.info('import completed', { importId, summary: result.summary });
  } catch (error) {
    await writeImportStatus(views, importId, (current) => ({
      ...current!, status: 'failed', error: error instanceof ImportFormatError ? error.message : 'the import failed; see the logs', updatedAt: now(),
    }));
    if (error instanceof ImportFormatError) {
      logger.warn('import rejected', { importId, error: error.message });
      return;
    }
    logger.error('import failed', { importId, error: error as Error });
    throw error;
  }
}
