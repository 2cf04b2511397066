import { restaurantProfileProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps the restaurant profile view (GET /restaurants/{id}). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantProfileProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
