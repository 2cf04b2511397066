import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { entityTag, ifNoneMatchHits } from './entityTag';
import { headerOf } from './requestBody';

export interface CommandAccepted {
  id: string;
  stream: string;
  version: number;
}

/** 201 (created) or 202 (accepted: projections catch up asynchronously) with `{id, stream, version}`. */
export function commandResponse(status: 201 | 202, result: CommandAccepted, location?: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json', etag: entityTag(result.version), ...(location ? { location } : {}) },
    body: JSON.stringify(result),
  };
}

/** 200 with an ETag, or 304 when the client's `If-None-Match` already names this version. */
export function viewResponse(event: APIGatewayProxyEventV2, body: unknown, version: number | string): APIGatewayProxyStructuredResultV2 {
  const etag = typeof version === 'number' ? entityTag(version) : version;
  const cacheHeaders = { etag, 'cache-control': 'no-cache' };
  if (typeof version === 'number' ? ifNoneMatchHits(headerOf(event, 'if-none-match'), version) : headerOf(event, 'if-none-match') === etag) {
    return { statusCode: 304, headers: cacheHeaders };
  }
  return { statusCode: 200, headers: { 'content-type': 'application/json', ...cacheHeaders }, body: JSON.stringify(body) };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return { statusCode: status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/**
 * 200 (or 304) with a view that has no single stream version (a page of a list, a sum over many
 * streams): its weak ETag is a digest of what it shows.
 */
export function weakViewResponse(event: APIGatewayProxyEventV2, page: unknown): APIGatewayProxyStructuredResultV2 {
  return viewResponse(event, page, `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`);
}
