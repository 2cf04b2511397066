import { dinerProfileProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps the diner profile view (GET /me). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(dinerProfileProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
