import type { IncomingMessage } from 'node:http';

export class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

/** API Gateway rejects request payloads over 10 MB before any Lambda runs. */
export const gatewayBodyLimitBytes = 10 * 1024 * 1024;

/** Reads the whole body, failing fast (by Content-Length or while streaming) beyond `limit`. */
export async function readBody(request: IncomingMessage, limit = gatewayBodyLimitBytes): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(`body of ${declared} bytes exceeds ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(`body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
