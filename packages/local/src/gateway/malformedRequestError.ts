/** A request API Gateway would refuse before any route runs (400), with the reason for the client. */
export class MalformedRequestError extends Error {
  override name = 'MalformedRequestError';
}
