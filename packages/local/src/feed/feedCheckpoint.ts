import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../runtime/writeFileAtomic';

/**
 * How far the change feed got: the highest id it published, and the ids it published in the
 * trailing window below it (so the re-scan of that window after a restart publishes nothing twice).
 */
export interface FeedCheckpoint {
  watermark?: string;
  recent: string[];
  /** Index entries whose event the table did not hold yet: still checked after a restart. */
  unconfirmed?: UnconfirmedEntry[];
}

/** A byDay index entry the feed saw without its item in the table (see createChangeFeed). */
export interface UnconfirmedEntry {
  id: string;
  stream: string;
  version: number;
  /** When the feed first saw it (ms since the epoch). */
  firstSeenAt: number;
}

export interface CheckpointStore {
  load(): Promise<FeedCheckpoint>;
  save(checkpoint: FeedCheckpoint): Promise<void>;
}

/** A checkpoint kept in a JSON file, replaced atomically so a crash never leaves half a checkpoint. */
export function fileCheckpointStore(path: string): CheckpointStore {
  return {
    async load() {
      try {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<FeedCheckpoint>;
        return {
          watermark: parsed.watermark,
          recent: Array.isArray(parsed.recent) ? parsed.recent : [],
          unconfirmed: Array.isArray(parsed.unconfirmed) ? parsed.unconfirmed : [],
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { recent: [] };
        throw error;
      }
    },
    save: (checkpoint) => writeFileAtomic(path, JSON.stringify(checkpoint)),
  };
}

/** For tests and in-memory runtimes. */
export function memoryCheckpointStore(initial: FeedCheckpoint = { recent: [] }): CheckpointStore & { current: FeedCheckpoint } {
  const store = {
    current: initial,
    load: async () => ({ ...store.current, recent: [...store.current.recent], unconfirmed: [...(store.current.unconfirmed ?? [])] }),
    save: async (checkpoint: FeedCheckpoint) => {
      store.current = { ...checkpoint, recent: [...checkpoint.recent], unconfirmed: [...(checkpoint.unconfirmed ?? [])] };
    },
  };
  return store;
}
