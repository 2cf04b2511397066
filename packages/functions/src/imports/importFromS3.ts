import type { S3Event } from 'aws-lambda';
import { DomainNotFoundError, handleCommand, importDecider, importStreamOf, readState, type EventStore, type ImportCommand, type ObjectStore } from '@forkcast/core';
import type { Actor } from '@forkcast/events';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsImportsBucket } from '../app/aws/awsImportsBucket';
import { onAws } from '../app/onAws';
import { invocationObservability } from '../http/observability';
import { parseImportKey, reportKeyOf } from './importObjectKeys';
import { ImportFormatError, runImport } from './runImport';

const importer: Actor = { id: 'importer', role: 'system' };

interface ImportFromS3Deps {
  events: EventStore;
  importsBucket: ObjectStore;
}

/**
 * S3 ObjectCreated on the imports bucket (locally: the gateway after an upload): records the
 * upload, runs the import, writes the report next to the CSV and records the outcome on the
 * import's stream. A file that is not a Zomato export fails the import without a retry; anything
 * else is recorded and thrown, so S3 retries (re-importing is idempotent).
 */
export const build = (deps: ImportFromS3Deps) => async (event: S3Event): Promise<void> => {
  const { logger } = invocationObservability();
  for (const record of event.Records) {
    // S3 URL-encodes keys in notifications, with '+' for spaces.
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const parsed = parseImportKey(key);
    if (!parsed) {
      logger.info('not an import upload; ignored', { key });
      continue;
    }
    logger.setCorrelationId(parsed.importId);
    await importObject(deps, key, parsed.importId, logger);
  }
};
export const handler = onAws(() => build({ ...awsDynamoStores(), importsBucket: awsImportsBucket() }));

async function importObject(deps: ImportFromS3Deps, key: string, importId: string, logger: ReturnType<typeof invocationObservability>['logger']): Promise<void> {
  const stream = importStreamOf(importId);
  const command = (c: ImportCommand) => handleCommand({ store: deps.events, decider: importDecider, stream, command: c, actor: importer, correlationId: importId });
  const object = await deps.importsBucket.get(key);
  try {
    await command({ type: 'RecordImportUpload', data: { objectKey: key, ...(object.size !== undefined ? { size: object.size } : {}) } });
  } catch (error) {
    if (!(error instanceof DomainNotFoundError)) throw error;
    logger.warn('an upload for an import nobody requested; ignored', { key });
    return;
  }
  const { state } = await readState(deps.events, importDecider, stream);
  if (state.phase !== 'running') {
    logger.info('this upload was already imported; nothing to do', { key, phase: state.phase });
    return;
  }
  try {
    const result = await runImport({ source: object.body, totalBytes: object.size, store: deps.events, correlationId: importId });
    const reportKey = reportKeyOf(importId);
    await deps.importsBucket.put(reportKey, JSON.stringify({ importId, summary: result.summary, counts: result.counts, report: result.report }), 'application/json');
    await command({
      type: 'CompleteImport',
      data: { counts: result.counts, rows: result.rows, summary: result.summary, reportKey, reportEntries: result.report.length },
    });
    logger.info('import completed', { importId, summary: result.summary });
  } catch (error) {
    if (error instanceof ImportFormatError) {
      await command({ type: 'FailImport', data: { code: 'not-a-zomato-export', reason: error.message } });
      logger.warn('import rejected', { importId, error: error.message });
      return;
    }
    await command({ type: 'FailImport', data: { code: 'error', reason: 'the import failed; it is retried, and staff can see the logs' } });
    logger.error('import failed', { importId, error: error as Error });
    throw error;
  }
}
