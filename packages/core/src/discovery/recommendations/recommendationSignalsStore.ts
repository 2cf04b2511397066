import { applyDinerEvent, emptyDinerSignals, type AssumedDinerEvent, type DinerSignals } from '../feedbackFromEvents';
import { emptyRecommendationData, type RecommendationData } from './recommendationData';

/**
 * What the recommender has learned about diners (feedback and preferences; the catalogue comes
 * from the search index). To be fed by the diner events through feedbackFromEvents.ts; until that
 * mapping exists, nothing calls `apply` outside tests and the model runs cold-start.
 */
export interface RecommendationSignalsStore {
  current(): Promise<RecommendationData>;
  apply(event: AssumedDinerEvent): Promise<void>;
}

export function inMemoryRecommendationSignalsStore(): RecommendationSignalsStore {
  let state: { signals: DinerSignals; data: RecommendationData } = { signals: emptyDinerSignals(), data: emptyRecommendationData() };
  return {
    current: async () => state.data,
    apply: async (event) => { state = applyDinerEvent(state, event); },
  };
}
