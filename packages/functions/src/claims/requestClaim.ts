import {
  dinerDecider, dinerStreamFor, derivedId, handleCommand, claimDecider, claimStreamOf, LinkTokenError, newClaimId, onboardingExecutionName, readState,
  restaurantDecider, verifyClaimInvitation, type EventStore, type IdempotencyStore,
} from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsLinkSecret } from '../app/aws/awsLinkSecret';
import { onAws } from '../app/onAws';
import { badRequest, unauthorized } from '../http/httpProblem';
import { httpHandler } from '../http/httpHandler';
import { entityTag } from '../http/entityTag';
import { jsonResponse } from '../http/responses';
import { restaurantStreamFromPath } from '../restaurants/restaurantStreamFromPath';
import { requestClaimRoute } from './claimsRoutes';

/**
 * POST /restaurants/{id}/claims (registered diner): records RestaurantClaimRequested on a new claim
 * stream; the policy startRestaurantOnboarding starts its onboarding. 409 when the restaurant has
 * an owner already (competing open claims are settled when one of them is verified).
 */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore; linkSecret: string }) => httpHandler(requestClaimRoute, async (request) => {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  const restaurant = restaurantStreamFromPath(request.params.id);
  const claimant = dinerStreamFor(request.actor.id);
  const invitation = request.body?.invitation;
  if (invitation) {
    const valid = await verifyClaimInvitation(deps.linkSecret, invitation, restaurant).catch((error: unknown) => {
      if (error instanceof LinkTokenError) throw badRequest(`The invitation is not valid: ${error.message}.`);
      throw error;
    });
    if (!valid) throw badRequest('The invitation is for another restaurant.');
  }
  // A retried POST with the same Idempotency-Key must land on the same claim to be recognised.
  const claimId = request.idempotencyKey ? derivedId(['claim', claimant, restaurant, request.idempotencyKey]) : newClaimId();
  const [{ state: place }, { state: diner }] = await Promise.all([readState(deps.events, restaurantDecider, restaurant), readState(deps.events, dinerDecider, claimant)]);
  const execution = onboardingExecutionName(restaurant, claimId);
  const result = await handleCommand({
    store: deps.events,
    decider: claimDecider,
    stream: claimStreamOf(claimId),
    command: {
      type: 'RequestClaim',
      data: { restaurant, restaurantName: place.status === 'unlisted' ? '-' : place.profile.name, claimant, execution, ...(invitation ? { invited: true } : {}) },
      facts: { restaurantListed: place.status === 'listed', restaurantOwned: place.status !== 'unlisted' && place.owner !== undefined, dinerRegistered: diner.status === 'registered' },
    },
    actor: request.actor,
    correlationId: request.correlationId,
    idempotencyKey: request.idempotencyKey,
  });
  return jsonResponse(202, { claimId, stream: result.stream, version: result.version, execution }, { etag: entityTag(result.version), location: `/onboarding/${claimId}` });
}, deps);
export const handler = onAws(async () => build({ ...awsDynamoStores(), linkSecret: await awsLinkSecret() }));
