import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { headerOf } from './requestBody';

export const correlationHeader = 'x-correlation-id';

/**
 * The client's `x-correlation-id` when it is a sane token (so log lines cannot be forged with
 * control characters or megabytes of text), else API Gateway's request id.
 */
export function correlationIdOf(event: APIGatewayProxyEventV2): string {
  const given = headerOf(event, correlationHeader)?.trim();
  if (given && /^[\x21-\x7e]{1,128}$/.test(given)) return given;
  return event.requestContext?.requestId ?? 'unknown';
}
