import { dinerReviewsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each diner's published reviews (GET /me/reviews). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(dinerReviewsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
