import { contestEntriesProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each inviter's credited invitations and entries (GET /me/contest, draws). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(contestEntriesProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
