import { restaurantVisitScoresProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each visit's contribution to its restaurant's aggregates (GET /restaurants/{id}/ratings). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantVisitScoresProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
