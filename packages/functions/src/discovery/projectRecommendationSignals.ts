import { projectEvent, recommendationSignalProjection, type EventStore, type RecommendationSignal, type RecommendationSignalsStore, type ViewStore } from '@forkcast/core';
import { awsRecommendationSignals } from '../app/aws/awsDiscovery';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';

/**
 * Bus target: brings the stream's recommendation signal up to the event (deduplicated and
 * gap-filled like every projection, so a correction finds its visit and the item is a rebuild of
 * its stream), then hands that item to the recommender's signals.
 */
export const build = (deps: { events: EventStore; views: ViewStore; recommendationSignals: RecommendationSignalsStore }) =>
  eventHandler(recommendationSignalProjection.name, async (event, { logger }) => {
    const result = await projectEvent({ projection: recommendationSignalProjection, event, views: deps.views, store: deps.events });
    if (result.status === 'applied') {
      const stored = await deps.views.get<RecommendationSignal>(recommendationSignalProjection.name, event.stream);
      await deps.recommendationSignals.apply(event.stream, stored?.view ?? null);
    }
    logger.debug('projected', { result });
    return result;
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), recommendationSignals: awsRecommendationSignals() }));
