/** The review a workflow task was given does not exist; the workflow's Retry lets this one through at once. */
export class ReviewNotFound extends Error {
  override name = 'ReviewNotFound';
}
