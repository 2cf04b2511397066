/** RFC 9457 problem details, as every Forkcast error response carries them. */
export interface ProblemDetails {
  /** A URN naming the kind of problem; stable, clients may switch on it. */
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** The request path (and request id) the problem occurred on. */
  instance?: string;
  /** Field-level issues, for validation problems. */
  errors?: FieldIssue[];
  [extension: string]: unknown;
}

export interface FieldIssue {
  /** Where the issue is: `body.location.lat`, `query.limit`, `header.if-match`. */
  path: string;
  message: string;
}

export const problemContentType = 'application/problem+json';

export function problemType(slug: string): string {
  return `urn:forkcast:problem:${slug}`;
}
