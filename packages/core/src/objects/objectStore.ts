import type { Readable } from 'node:stream';

/** Where import files and reports live: the imports bucket on AWS, a directory locally. */
export interface ObjectStore {
  /** The object's bytes as a stream, and its size. Throws ObjectNotFoundError when absent. */
  get(key: string): Promise<{ body: Readable; size?: number }>;
  put(key: string, body: string | Buffer, contentType: string): Promise<void>;
  /** A URL a client can PUT the object to, without credentials, until `expiresAt`. */
  uploadUrl(key: string, expiresInSeconds: number, contentType: string): Promise<string>;
}

export class ObjectNotFoundError extends Error {
  override name = 'ObjectNotFoundError';
  constructor(readonly key: string) {
    super(`no object ${key}`);
  }
}
