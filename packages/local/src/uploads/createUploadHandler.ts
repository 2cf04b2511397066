import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import type { S3Event } from 'aws-lambda';
import { sendProblem } from '../gateway/sendProblem';
import { toS3ObjectCreatedEvent } from './toS3ObjectCreatedEvent';
import { verifyPresignedUrl, type LocalCredentials } from './verifyPresignedUrl';
import { writeObject } from './writeObject';

export const uploadPathPrefix = '/_local/uploads/';

export interface UploadHandlerOptions {
  /** The imports bucket's local directory: object `k` is the file `<objectStoreDir>/k`. */
  objectStoreDir: string;
  bucket: string;
  credentials: LocalCredentials;
  region: string;
  /** The S3 trigger: runs after the object is stored, like an async Lambda invocation. */
  onObjectCreated: (event: S3Event) => Promise<void>;
  maxBytes?: number;
  now?: () => Date;
}

/**
 * The local end of a presigned S3 PUT: `PUT /_local/uploads/<bucket>/<key>?X-Amz-...` (path-style,
 * as an S3Client with `endpoint: ${FORKCAST_PUBLIC_URL}/_local/uploads` and `forcePathStyle`
 * presigns it, signed with the runtime's local credentials from the environment). A valid,
 * unexpired signature stores the body at `<objectStoreDir>/<key>` and fires the ObjectCreated trigger.
 */
export function createUploadHandler(options: UploadHandlerOptions) {
  const maxBytes = options.maxBytes ?? 5 * 1024 ** 3;
  return async function upload(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'PUT') return sendProblem(response, 405, 'Method Not Allowed', undefined, { allow: 'PUT' });
    const rawPath = (request.url ?? '').split('?')[0];
    const check = verifyPresignedUrl(
      { method: 'PUT', rawPath, url, headers: request.headers, now: options.now?.() ?? new Date() },
      options.credentials,
    );
    if (!check.ok) return sendProblem(response, 403, 'Forbidden', `not a valid upload URL: ${check.reason}`);

    const [bucket, ...keyParts] = url.pathname.slice(uploadPathPrefix.length).split('/').map(decodeURIComponent);
    const key = keyParts.join('/');
    const path = normalize(join(options.objectStoreDir, key));
    if (!bucket || !key || !path.startsWith(normalize(options.objectStoreDir) + sep)) {
      return sendProblem(response, 400, 'Bad Request', 'expected /_local/uploads/<bucket>/<key>');
    }
    if (bucket !== options.bucket) return sendProblem(response, 404, 'Not Found', `no bucket ${bucket} (the local one is ${options.bucket})`);
    let stored: { size: number; eTag: string };
    try {
      stored = await writeObject(path, request, maxBytes);
    } catch (error) {
      return sendProblem(response, 400, 'Bad Request', (error as Error).message);
    }
    response.writeHead(200, { etag: `"${stored.eTag}"`, 'content-length': 0 });
    response.end();
    const sourceIp = (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
    await options.onObjectCreated(
      toS3ObjectCreatedEvent({ bucket, key, size: stored.size, eTag: stored.eTag, region: options.region, sourceIp, now: options.now?.() ?? new Date() }),
    );
  };
}
