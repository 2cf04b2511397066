import { createHash } from 'node:crypto';
import { dinerInvitationsProjection, InvalidCursorError, type InvitationView, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { badRequest } from '../http/httpProblem';
import { viewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { listMyInvitationsRoute } from './dinersRoutes';

/** GET /me/invitations?limit=&cursor= (diner): the caller's invitations by when they were sent. */
export const build = (deps: { views: ViewStore }) => httpHandler(listMyInvitationsRoute, async (request) => {
  const { stream } = callerDiner(request);
  let found;
  try {
    found = await deps.views.query<InvitationView>(dinerInvitationsProjection.name, 'inviter', stream, request.query);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  const page = { items: found.items.flatMap((i) => (i.view ? [i.view] : [])), cursor: found.cursor };
  const etag = `W/"${createHash('sha256').update(JSON.stringify(page)).digest('base64url').slice(0, 22)}"`;
  return viewResponse(request.event, page, etag);
});
export const handler = onAws(() => build(awsDynamoStores()));
