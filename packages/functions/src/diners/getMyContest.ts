import { contestEntriesProjection, contestStreamFor, invitationsPerEntry, type ContestView, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { viewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { getMyContestRoute } from './dinersRoutes';

/** GET /me/contest (diner): accepted invitations credited and entries earned (zeros before the first). */
export const build = (deps: { views: ViewStore }) => httpHandler(getMyContestRoute, async (request) => {
  const { stream } = callerDiner(request);
  const stored = await deps.views.get<ContestView>(contestEntriesProjection.name, contestStreamFor(stream));
  const body = { acceptedInvitations: stored?.view?.acceptedInvitations ?? 0, entries: stored?.view?.entries ?? 0, invitationsPerEntry };
  return viewResponse(request.event, body, stored?.version ?? 0);
});
export const handler = onAws(() => build(awsDynamoStores()));
