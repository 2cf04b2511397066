import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { ObjectNotFoundError, type ObjectStore } from './objectStore';

/**
 * The local stand-in of the imports bucket: object `k` is the file `<dir>/k`. Upload URLs point at
 * the local gateway, which writes the body to that file (no signature: local only).
 */
export class FileObjectStore implements ObjectStore {
  private readonly root: string;

  constructor(dir: string, private readonly publicUrl: string = 'http://localhost:3000') {
    this.root = resolve(dir);
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

  async uploadUrl(key: string): Promise<string> {
    this.pathOf(key);
    return `${this.publicUrl.replace(/\/$/, '')}/_local/uploads/${key.split('/').map(encodeURIComponent).join('/')}`;
  }
}
