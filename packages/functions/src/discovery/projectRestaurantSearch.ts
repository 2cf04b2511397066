import { projectEvent, restaurantSearchProjection, type EventStore, type SearchDocument, type ViewStore } from '@forkcast/core';
import type { SearchIndexStore } from '@forkcast/core/searchIndex';
import { awsSearchIndex } from '../app/aws/awsDiscovery';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';

/**
 * Bus target: brings the restaurant's search view up to the event (deduplicated and gap-filled
 * like every projection, so the view is rebuildable from the log), then puts that view in the
 * search index.
 */
export const build = (deps: { events: EventStore; views: ViewStore; searchIndex: SearchIndexStore }) =>
  eventHandler(restaurantSearchProjection.name, async (event, { logger }) => {
    const result = await projectEvent({ projection: restaurantSearchProjection, event, views: deps.views, store: deps.events });
    if (result.status === 'applied') {
      const stored = await deps.views.get<SearchDocument>(restaurantSearchProjection.name, event.stream);
      await deps.searchIndex.apply(event.stream, stored?.view ?? null);
    }
    logger.debug('projected', { result });
    return result;
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), searchIndex: awsSearchIndex() }));
