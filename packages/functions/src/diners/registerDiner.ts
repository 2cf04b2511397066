import { referralCodeFor, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { entityTag } from '../http/entityTag';
import { jsonResponse } from '../http/responses';
import { callerDiner } from './callerDiner';
import { callerVerifiedEmail } from './callerVerifiedEmail';
import { registerDinerRoute } from './dinersRoutes';
import { runDinersCommand } from './runDinersCommand';

/**
 * POST /me (diner): registers the caller on the stream their token's subject derives, with the
 * email their token verified if it carries one (an ID token). 201 when it registered them, 200
 * with the same body when they were already registered with this data.
 */
export const build = (deps: { events: EventStore; idempotency: IdempotencyStore }) => httpHandler(registerDinerRoute, async (request) => {
  const { stream } = callerDiner(request);
  const { referralCode: referredBy, ...profile } = request.body;
  const referralCode = referralCodeFor(stream);
  const email = callerVerifiedEmail(request);
  const result = await runDinersCommand(deps.events, request, {
    on: 'diner', stream,
    command: { type: 'RegisterDiner', data: { ...profile, referralCode, ...(referredBy ? { referredBy } : {}), ...(email ? { email } : {}) } },
  });
  return jsonResponse(result.event ? 201 : 200, { id: stream, stream, version: result.version, referralCode }, { etag: entityTag(result.version), location: '/me' });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
