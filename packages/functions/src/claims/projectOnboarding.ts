import { onboardingProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each claim's onboarding view (staff). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(onboardingProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
