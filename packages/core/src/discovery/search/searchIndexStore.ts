import { text } from 'node:stream/consumers';
import { ObjectNotFoundError, type ObjectStore } from '../../objects/objectStore';
import { RestaurantSearchIndex } from './restaurantSearchIndex';
import type { SearchDocument } from './restaurantSearchProjection';

/**
 * Where the search function gets its index. On AWS a snapshot in S3 that each function instance
 * loads and reloads when older than `maxAgeMs` (no always-on cluster); locally one in-memory
 * index that the projection feeds.
 */
export interface SearchIndexStore {
  /** The index to answer a query with. */
  current(): Promise<RestaurantSearchIndex>;
  /** Applies one restaurant's search view (null: gone) and makes it visible to later `current()` calls. */
  apply(id: string, document: SearchDocument | null): Promise<void>;
}

/** The local runtime's and tests' store: one index in memory, fed directly. */
export function inMemorySearchIndexStore(index = RestaurantSearchIndex.create()): SearchIndexStore {
  return {
    current: async () => index,
    apply: async (id, document) => index.apply(id, document),
  };
}

export const searchSnapshotKey = 'search/restaurants.json';

/**
 * The snapshot in an object store. Reads are cached per store instance (built once per Lambda
 * container by its handler, never at module level) and refreshed after `maxAgeMs`. Writes are a
 * read-modify-write of the whole snapshot: the writer must be a single consumer (the search
 * projection function, reserved concurrency 1) so no update is lost.
 */
export function objectSearchIndexStore(objects: ObjectStore, options: { maxAgeMs?: number; now?: () => number; key?: string } = {}): SearchIndexStore {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const key = options.key ?? searchSnapshotKey;
  let loaded: { index: RestaurantSearchIndex; at: number } | undefined;
  const load = async () => {
    try {
      const { body } = await objects.get(key);
      return await RestaurantSearchIndex.restore(await text(body));
    } catch (error) {
      if (error instanceof ObjectNotFoundError) return RestaurantSearchIndex.create();
      throw error;
    }
  };
  return {
    async current() {
      if (!loaded || now() - loaded.at > maxAgeMs) loaded = { index: await load(), at: now() };
      return loaded.index;
    },
    async apply(id, document) {
      const index = await load();
      index.apply(id, document);
      await objects.put(key, await index.snapshot(), 'application/json');
      loaded = { index, at: now() };
    },
  };
}
