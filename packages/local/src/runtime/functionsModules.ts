import type { Context, S3Event } from 'aws-lambda';
import { importOptional } from './importOptional';

export type S3Handler = (event: S3Event, context: Context) => Promise<unknown>;

/**
 * The S3-triggered importer, loaded when the first upload arrives. A missing module is reported,
 * not fatal, so the rest of the runtime still runs.
 */
export async function loadImportFromS3(): Promise<S3Handler | undefined> {
  const module = await importOptional<{ handler: S3Handler }>('../../../functions/src/imports/importFromS3.ts', import.meta.url);
  return module?.handler;
}
