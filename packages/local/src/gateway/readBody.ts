import type { IncomingMessage } from 'node:http';

export class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

/** The client went away before it finished sending; there is nobody left to answer. */
export class ClientAbortedError extends Error {
  override name = 'ClientAbortedError';
}

/** API Gateway rejects request payloads over 10 MB before any Lambda runs. */
export const gatewayBodyLimitBytes = 10 * 1024 * 1024;

/** Reads the whole body, failing fast (by Content-Length or while streaming) beyond `limit`. */
export async function readBody(request: IncomingMessage, limit = gatewayBodyLimitBytes): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new PayloadTooLargeError(`body of ${declared} bytes exceeds ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > limit) throw new PayloadTooLargeError(`body exceeds ${limit} bytes`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw error;
    throw new ClientAbortedError(`the client aborted after ${size} bytes of the body`);
  }
  // Node ends the stream without an error when the socket closes mid-body on some paths.
  if (request.readableAborted || (request.complete === false && request.socket.destroyed)) {
    throw new ClientAbortedError(`the client aborted after ${size} bytes of the body`);
  }
  return Buffer.concat(chunks);
}
