import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ObjectNotFoundError, type ObjectStore } from '@forkcast/core';
import type { LocalCredentials } from './verifyPresignedUrl';

export interface FileObjectStoreOptions {
  dir: string;
  /** The local gateway's base URL (known once it listens): upload URLs point at its `/_local/uploads`. */
  publicUrl: () => string;
  bucket: string;
  region: string;
  /** The runtime's own credentials: they sign upload URLs, and the gateway checks them. */
  credentials: LocalCredentials;
}

/**
 * The local stand-in of the imports bucket: object `k` is the file `<dir>/k`. Upload URLs are real
 * S3 presigned PUTs (path-style, signed with the runtime's local credentials) against the local
 * gateway's `/_local/uploads`, which checks the signature and expiry as S3 would and writes the
 * body to that file.
 */
export class FileObjectStore implements ObjectStore {
  private readonly root: string;
  private presigner?: { url: string; client: S3Client };

  constructor(private readonly options: FileObjectStoreOptions) {
    this.root = resolve(options.dir);
  }

  private presignerFor(url: string): S3Client {
    if (this.presigner?.url !== url) {
      const client = new S3Client({ endpoint: `${url.replace(/\/$/, '')}/_local/uploads`, forcePathStyle: true, region: this.options.region, credentials: this.options.credentials });
      this.presigner = { url, client };
    }
    return this.presigner.client;
  }

  /** The file of a key; keys that would escape the directory are refused. */
  pathOf(key: string): string {
    const path = resolve(this.root, key);
    if (!path.startsWith(this.root + sep)) throw new Error(`object key escapes the store: ${key}`);
    return path;
  }

  async get(key: string): Promise<{ body: Readable; size?: number }> {
    const path = this.pathOf(key);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new ObjectNotFoundError(key);
    return { body: createReadStream(path), size: info.size };
  }

  async put(key: string, body: string | Buffer): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, body);
  }

  async uploadUrl(key: string, expiresInSeconds: number, contentType: string): Promise<string> {
    this.pathOf(key);
    return getSignedUrl(this.presignerFor(this.options.publicUrl()), new PutObjectCommand({ Bucket: this.options.bucket, Key: key, ContentType: contentType }), { expiresIn: expiresInSeconds });
  }
}
