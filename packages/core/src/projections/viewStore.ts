export interface StoredView<View> {
  projection: string;
  stream: string;
  /** The stream version this view reflects. */
  version: number;
  view: View | null;
}

export interface ViewPage<View> {
  items: StoredView<View>[];
  /** Opaque cursor for the next page; undefined on the last page. */
  cursor?: string;
}

/** Read/write port of the Views table. Queries read views, never the log. */
export interface ViewStore {
  get<View>(projection: string, stream: string): Promise<StoredView<View> | undefined>;
  /**
   * Write when `expectedVersion` matches what is stored (undefined = item must not exist);
   * returns false on a lost race so the runner can re-read and retry.
   */
  put<View>(
    item: StoredView<View>,
    expectedVersion: number | undefined,
    indexKeys?: Record<string, string | undefined>,
    /** Order of the item within its index (Projection.indexSort). */
    indexSort?: string,
  ): Promise<boolean>;
  /** Items of a projection by an index key written through Projection.indexKeys, in indexSort order. */
  query<View>(projection: string, index: string, key: string, options?: { limit?: number; cursor?: string }): Promise<ViewPage<View>>;
}

/**
 * Blue/green generations of a projection's views (the Views table keys items by projection and
 * generation): readers and live writers use the active generation; a rebuild fills a fresh one and
 * activates it with a conditional write once it has caught up.
 */
export interface ViewGenerations {
  /** The active generation (0 until the first rebuild) and the highest one ever allocated. */
  generations(projection: string): Promise<{ active: number; allocated: number }>;
  /** A generation number never used before, for a rebuild to fill. */
  allocateGeneration(projection: string): Promise<number>;
  /** Make `to` active if `from` still is; false when another rebuild flipped first. */
  activate(projection: string, from: number, to: number): Promise<boolean>;
  /**
   * Writes items into a generation no one else writes to yet (a rebuild's, before its catch-up),
   * unconditionally and in batches: the bulk of a rebuild.
   */
  writeFresh<View>(generation: number, items: readonly FreshView<View>[]): Promise<void>;
  /** A store that reads and writes generation `generation` of `projection`, whatever is active. */
  atGeneration(projection: string, generation: number): ViewStore;
}

/** One item of a bulk write: the view, the version it reflects, and its index placement. */
export interface FreshView<View> {
  item: StoredView<View>;
  indexKeys?: Record<string, string | undefined>;
  indexSort?: string;
}
