import type { ImportCompletedData, ImportFailedData, ImportRequestedData, ImportUploadedData } from '@forkcast/events';

/** Staff reserve an import: its CSV is to be uploaded to `objectKey`. */
export interface RequestImport {
  type: 'RequestImport';
  data: ImportRequestedData;
}

/** The CSV arrived (S3 ObjectCreated, possibly delivered again). */
export interface RecordImportUpload {
  type: 'RecordImportUpload';
  data: ImportUploadedData;
}

/** The importer read the whole file. */
export interface CompleteImport {
  type: 'CompleteImport';
  data: ImportCompletedData;
}

/** The importer stopped. */
export interface FailImport {
  type: 'FailImport';
  data: ImportFailedData;
}

/** The follow-up workflow waits for the outcome, on this task token. */
export interface AwaitImportOutcome {
  type: 'AwaitImportOutcome';
  data: { taskToken: string };
}

/** Every command the import decider accepts. */
export type ImportCommand = RequestImport | RecordImportUpload | CompleteImport | FailImport | AwaitImportOutcome;
