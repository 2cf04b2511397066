import { text } from 'node:stream/consumers';
import { ObjectNotFoundError, type ObjectStore } from '../../objects/objectStore';
import { applySignal, emptySignalsState, signalsStateOf, type SignalsState } from './feedbackFromSignals';
import type { RecommendationData } from './recommendationData';
import type { RecommendationSignal } from './recommendationSignalProjection';

/**
 * What the recommender has learned about diners (feedback and preferences; the catalogue comes
 * from the search index), fed by the recommendation-signals projection: `apply` takes a stream's
 * item as the projection left it (null: gone), the way the search index takes search documents.
 */
export interface RecommendationSignalsStore {
  /** Feedback and preferences; the same object until something changes (callers memoise on it). */
  current(): Promise<RecommendationData>;
  apply(stream: string, signal: RecommendationSignal | null): Promise<void>;
}

/** The local runtime's and tests' store: one state in memory, fed directly. */
export function inMemoryRecommendationSignalsStore(): RecommendationSignalsStore {
  let state: SignalsState = emptySignalsState();
  return {
    current: async () => state.data,
    apply: async (stream, signal) => { state = applySignal(state, stream, signal); },
  };
}

export const recommendationSignalsSnapshotKey = 'recommendations/signals.json';

/**
 * The stream items as one snapshot in an object store (the discovery bucket), like the search
 * index: readers reload it when `maxAgeMs` old; the single writer (the projection function,
 * reserved concurrency 1) does a read-modify-write per event. The snapshot holds only the
 * projection's items, so the data is always their fold.
 */
export function objectRecommendationSignalsStore(objects: ObjectStore, options: { maxAgeMs?: number; now?: () => number; key?: string } = {}): RecommendationSignalsStore {
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const now = options.now ?? Date.now;
  const key = options.key ?? recommendationSignalsSnapshotKey;
  let loaded: { state: SignalsState; at: number } | undefined;
  const load = async (): Promise<SignalsState> => {
    try {
      const { body } = await objects.get(key);
      const snapshot = JSON.parse(await text(body)) as { items: [string, RecommendationSignal][] };
      return signalsStateOf(snapshot.items);
    } catch (error) {
      if (error instanceof ObjectNotFoundError) return emptySignalsState();
      throw error;
    }
  };
  return {
    async current() {
      if (!loaded || now() - loaded.at > maxAgeMs) loaded = { state: await load(), at: now() };
      return loaded.state.data;
    },
    async apply(stream, signal) {
      const state = applySignal(await load(), stream, signal);
      await objects.put(key, JSON.stringify({ items: [...state.signals] }), 'application/json');
      loaded = { state, at: now() };
    },
  };
}
