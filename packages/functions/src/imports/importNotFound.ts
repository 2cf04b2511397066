/** The import id names no import; the workflow's Retry lets this one through at once. */
export class ImportNotFound extends Error {
  override name = 'ImportNotFound';
}
