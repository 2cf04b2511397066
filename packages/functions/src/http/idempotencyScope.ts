import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import canonicalize from 'canonicalize';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The store key of an Idempotency-Key: scoped to the verified caller and the operation (the draft
 * scopes keys to the client), hashed so neither the subject nor the client's text is a table key.
 */
export function idempotencyScope(callerId: string, operationId: string, idempotencyKey: string): string {
  return sha256(JSON.stringify([callerId, operationId, idempotencyKey]));
}

/**
 * The draft's request fingerprint: method, path, query and the body as RFC 8785 canonical JSON, so
 * a retry that reorders keys or whitespace is the same request and a changed field is not.
 */
export function requestFingerprint(event: APIGatewayProxyEventV2, body: unknown): string {
  const query = [...new URLSearchParams(event.rawQueryString ?? '')].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  return sha256(JSON.stringify([event.requestContext?.http?.method, event.rawPath, query, body === undefined ? null : canonicalize(body)]));
}
