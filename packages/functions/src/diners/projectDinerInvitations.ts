import { dinerInvitationsProjection, type EventStore, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { projectionHandler } from '../subscriptions/projectionHandler';

/** Bus target: keeps each diner's invitations (GET /me/invitations). */
export const build = (deps: { events: EventStore; views: ViewStore }) => projectionHandler(dinerInvitationsProjection, deps);
export const handler = onAws(() => build(awsDynamoStores()));
