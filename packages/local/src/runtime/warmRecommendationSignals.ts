import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { recommendationSignalProjection, type RecommendationSignal, type RecommendationSignalsStore } from '@forkcast/core';
import { scanProjectionViews } from './scanProjectionViews';

/**
 * The recommender's in-process signals start empty, like the search index: a restart loads the
 * items the recommendation-signals projection left in the Views table (it would skip their events
 * as duplicates). Returns how many it loaded.
 */
export function warmRecommendationSignals(client: DynamoDBClient, viewsTable: string, signals: RecommendationSignalsStore): Promise<number> {
  return scanProjectionViews<RecommendationSignal>(client, viewsTable, recommendationSignalProjection.name, (stream, view) => signals.apply(stream, view));
}
