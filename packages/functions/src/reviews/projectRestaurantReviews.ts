import { restaurantReviewsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each restaurant's published reviews (GET /restaurants/{id}/reviews, GET /reviews/{id}). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantReviewsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
