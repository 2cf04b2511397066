import type { ReviewPage } from '@forkcast/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { weakViewResponse } from '../http/responses';

/** A page of reviews with a weak ETag of what it shows (a foreign cursor is a 400 from the shared error mapping). */
export async function reviewPageResponse(event: APIGatewayProxyEventV2, read: () => Promise<ReviewPage>) {
  return weakViewResponse(event, await read());
}
