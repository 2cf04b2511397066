import type { ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

/**
 * API Gateway v2's response mapping: a result with `statusCode` is used as given (cookies become
 * Set-Cookie, base64 bodies are decoded); any other value is sent as a 200 JSON body.
 */
export function sendLambdaResult(response: ServerResponse, result: unknown, extraHeaders: Record<string, string> = {}): void {
  if (!isStructured(result)) {
    const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
    response.writeHead(200, { ...extraHeaders, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
    return;
  }
  const body = result.body === undefined ? Buffer.alloc(0) : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  const headers: Record<string, string | string[]> = { ...extraHeaders };
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name.toLowerCase()] = String(value);
  for (const [name, values] of Object.entries(result.multiValueHeaders ?? {})) {
    headers[name.toLowerCase()] = (values as unknown[]).map(String).join(',');
  }
  if (result.cookies && result.cookies.length > 0) headers['set-cookie'] = result.cookies;
  if (body.length > 0 && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  headers['content-length'] = String(body.length);
  response.writeHead(result.statusCode!, headers);
  response.end(body);
}

function isStructured(result: unknown): result is APIGatewayProxyStructuredResultV2 & { multiValueHeaders?: Record<string, unknown[]> } {
  return typeof result === 'object' && result !== null && typeof (result as { statusCode?: unknown }).statusCode === 'number';
}
