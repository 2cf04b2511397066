import { restaurantSpecialsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each restaurant's specials and their freshness (GET /restaurants/{id}/specials, GET /specials/stale). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantSpecialsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
