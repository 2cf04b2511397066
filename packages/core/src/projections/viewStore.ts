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
