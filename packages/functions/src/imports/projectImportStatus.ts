import { importStatusProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each import's status view (GET /imports/{id}). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(importStatusProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
