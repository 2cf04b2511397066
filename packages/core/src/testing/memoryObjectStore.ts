import { Readable } from 'node:stream';
import { ObjectNotFoundError, type ObjectStore } from '../objects/objectStore';

/** A bucket in memory, for tests that never reach S3 or the local gateway; `objects` is what it holds. */
export function memoryObjectStore(): ObjectStore & { objects: Map<string, Buffer> } {
  const objects = new Map<string, Buffer>();
  return {
    objects,
    async get(key) {
      const body = objects.get(key);
      if (!body) throw new ObjectNotFoundError(key);
      return { body: Readable.from([body]), size: body.byteLength };
    },
    async put(key, body) {
      objects.set(key, Buffer.from(body));
    },
    async uploadUrl(key, expiresInSeconds) {
      return `https://imports.test/${encodeURI(key)}?expires=${expiresInSeconds}`;
    },
  };
}
