import { restaurantContactsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each restaurant's contacts view (GET /restaurants/{id}/contacts, staff). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(restaurantContactsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
