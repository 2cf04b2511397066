import { ownedRestaurantsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps the list of restaurants each owner owns (GET /me/restaurants). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(ownedRestaurantsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
