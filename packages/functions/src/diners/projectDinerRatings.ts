import { dinerRatingsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each diner's list of live ratings (GET /me/ratings). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(dinerRatingsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
