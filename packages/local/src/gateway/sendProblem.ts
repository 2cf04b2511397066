import type { ServerResponse } from 'node:http';

/** RFC 9457 problem+json, for the answers the gateway gives itself (401, 404, 405, 413, 500...). */
export function sendProblem(
  response: ServerResponse,
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
  response.writeHead(status, { ...headers, 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
