import { dinerInvitationsProjection, type InvitationView, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { weakViewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyInvitationsRoute } from './dinersRoutes';

/** GET /me/invitations?limit=&cursor= (diner): the caller's invitations by when they were sent. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyInvitationsRoute, async (request) => {
  const { stream } = callerDiner(request);
  // A foreign or forged cursor is a 400 from the shared error mapping.
  const found = await deps.views.query<InvitationView>(dinerInvitationsProjection.name, 'inviter', stream, request.query);
  const page = { items: found.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: found.cursor };
  return weakViewResponse(request.event, page);
});
export const handler = onAws(() => build(awsDynamoStores()));
