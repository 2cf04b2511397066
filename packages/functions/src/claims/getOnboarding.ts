import { getOnboarding, type ViewStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { notFound } from '../http/httpProblem';
import { httpHandler } from '../http/httpHandler';
import { viewResponse } from '../http/responses';
import { claimFromPath } from './claimFromPath';
import { getOnboardingRoute } from './claimsRoutes';

/** GET /onboarding/{claimId} (staff): the onboarding with its history, projected from the claim's events. */
export const build = (deps: { views: ViewStore }) => httpHandler(getOnboardingRoute, async (request) => {
  const claimId = claimFromPath(request.params.claimId);
  const stored = await getOnboarding(deps.views, claimId);
  if (!stored?.view) throw notFound(`There is no onboarding of claim ${claimId}.`);
  return viewResponse(request.event, { ...stored.view, version: stored.version }, stored.version);
});
export const handler = onAws(() => build(awsDynamoStores()));
