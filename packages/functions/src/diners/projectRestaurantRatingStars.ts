import { restaurantRatingStarsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each live rating's contribution to its restaurant's stars (GET /restaurants/{id}/ratings). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantRatingStarsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
