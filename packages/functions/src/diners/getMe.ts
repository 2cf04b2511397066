import { DomainNotFoundError, getDinerProfile, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { viewResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { getMeRoute } from './dinersRoutes';

/** GET /me (diner): the caller's profile; 404 `domain/diner-not-registered` before they register. */
export const build = (deps: { views: ViewStore }) => httpHandler(getMeRoute, async (request) => {
  const { stream } = callerDiner(request);
  const stored = await getDinerProfile(deps.views, stream);
  if (!stored?.view) throw new DomainNotFoundError('diner-not-registered', 'register first: POST /me');
  return viewResponse(request.event, { ...stored.view, version: stored.version }, stored.version);
});
export const handler = onAws(() => build(awsDynamoStores()));
