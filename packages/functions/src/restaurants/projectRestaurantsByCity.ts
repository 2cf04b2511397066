import { restaurantsByCityProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps the list of listed restaurants by city (GET /restaurants?city=). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantsByCityProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
