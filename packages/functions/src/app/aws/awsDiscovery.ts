import { objectRecommendationSignalsStore, type RecommendationSignalsStore } from '@forkcast/core';
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

/** The recommender's signals snapshot in the discovery bucket (written by the recommendation-signals projection), reloaded when a minute old. */
export function awsRecommendationSignals(): RecommendationSignalsStore {
  return objectRecommendationSignalsStore(new S3ObjectStore({ bucket: discoveryBucketFromEnvironment() }));
}
