/**
 * The S3-triggered importer, loaded on first use so that a runtime which never receives an upload
 * does not pay for the importer's modules at start.
 */
export async function loadImportFromS3() {
  return (await import('./importFromS3')).handler;
}
