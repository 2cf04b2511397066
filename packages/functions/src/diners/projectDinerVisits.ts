import { dinerVisitsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each diner's list of visits (GET /me/visits). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(dinerVisitsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
