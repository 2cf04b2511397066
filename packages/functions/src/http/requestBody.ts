import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { badRequest, payloadTooLarge, unsupportedMediaType } from './httpProblem';

/** API Gateway's own payload limit is 10 MB; ours is far lower so one request stays cheap. */
export const maxBodyBytes = 256 * 1024;

/**
 * The JSON body of a request, or undefined when there is none. Measures the decoded bytes (a
 * base64 body is 4/3 larger on the wire than what the client sent), then checks the media type,
 * then parses.
 */
export function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const bytes = event.isBase64Encoded ? Buffer.from(event.body, 'base64') : Buffer.from(event.body, 'utf8');
  if (bytes.byteLength > maxBodyBytes) {
    throw payloadTooLarge(`The body is ${bytes.byteLength} bytes; at most ${maxBodyBytes} are accepted.`);
  }
  const contentType = headerOf(event, 'content-type');
  if (!isJsonMediaType(contentType)) {
    throw unsupportedMediaType(`Send the body as application/json${contentType ? `, not ${contentType.split(';')[0]}` : ''}.`);
  }
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw badRequest(`The body is not valid JSON: ${(error as Error).message}`);
  }
}

export function isJsonMediaType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}

/** Header lookup that does not depend on the gateway lower-casing names (API Gateway v2 does). */
export function headerOf(event: Pick<APIGatewayProxyEventV2, 'headers'>, name: string): string | undefined {
  const headers = event.headers ?? {};
  const direct = headers[name];
  if (direct !== undefined) return direct;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === lower) return value;
  return undefined;
}
