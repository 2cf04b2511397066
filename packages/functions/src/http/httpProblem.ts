import { problemType, type FieldIssue } from './problemDetails';

/**
 * An error that already knows its HTTP status: thrown by the pipeline and handlers, turned into
 * problem+json by the error mapper as is.
 */
export class HttpProblem extends Error {
  override name = 'HttpProblem';
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly options: { errors?: FieldIssue[]; headers?: Record<string, string>; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail ?? title);
  }

  get type(): string {
    return problemType(this.slug);
  }
}

export const badRequest = (detail: string, errors?: FieldIssue[]) =>
  new HttpProblem(400, 'bad-request', 'Bad Request', detail, { errors });
export const unauthorized = (detail: string) =>
  new HttpProblem(401, 'unauthorized', 'Unauthorized', detail, { headers: { 'www-authenticate': 'Bearer' } });
export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', 'Forbidden', detail);
export const notFound = (detail: string) => new HttpProblem(404, 'not-found', 'Not Found', detail);
export const payloadTooLarge = (detail: string) => new HttpProblem(413, 'payload-too-large', 'Content Too Large', detail);
export const unsupportedMediaType = (detail: string) =>
  new HttpProblem(415, 'unsupported-media-type', 'Unsupported Media Type', detail, { headers: { 'accept-post': 'application/json' } });
