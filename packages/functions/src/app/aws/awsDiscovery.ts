import { inMemoryRecommendationSignalsStore, type RecommendationSignalsStore } from '@forkcast/core';
import { S3ObjectStore } from '@forkcast/core/s3ObjectStore';
import { objectSearchIndexStore, type SearchIndexStore } from '@forkcast/core/searchIndex';

export function discoveryBucketFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  const name = env.DISCOVERY_BUCKET;
  if (!name) throw new Error('DISCOVERY_BUCKET is not set; the stack must pass it to this function');
  return name;
}

/** The search index snapshot in the discovery bucket, reloaded when a minute old. */
export function awsSearchIndex(): SearchIndexStore {
  return objectSearchIndexStore(new S3ObjectStore({ bucket: discoveryBucketFromEnvironment() }));
}

/**
 * The diner events are not mapped into the recommender yet (feedbackFromEvents.ts), so there is nothing to load on AWS: recommendations run cold-start
 * (popularity is empty too, so nearness and stated cuisines decide) until the diner events are wired.
 */
export function awsRecommendationSignals(): RecommendationSignalsStore {
  return inMemoryRecommendationSignalsStore();
}
