import { createHash } from 'node:crypto';
import { InvalidCursorError, type ReviewPage } from '@forkcast/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { badRequest } from '../http/httpProblem';
import { viewResponse } from '../http/responses';

/** A page of reviews with a weak ETag of what it shows; a cursor we never issued is 400. */
export async function reviewPageResponse(event: APIGatewayProxyEventV2, read: () => Promise<ReviewPage>) {
  let page;
  try {
    page = await read();
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  const etag = `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(event, page, etag);
}
