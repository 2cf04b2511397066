import { referralCodeFor, type EventStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { publicSiteUrlFromEnvironment } from '../app/aws/awsEnvironment';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { entityTag } from '../http/entityTag';
import { jsonResponse } from '../http/responses';
import { callerDiner } from '../diners/callerDiner';
import { shareReviewRoute } from './reviewsRoutes';
import { reviewStreamFromPath } from './reviewStreamFromPath';
import { callerFacts, runReviewCommand } from './runReviewCommand';
import { reviewPublicUrl, shareIntentUrl } from './shareUrl';

/** POST /reviews/{id}/shares (diner): records the share and answers the network's share URL. */
export const build = (deps: { events: EventStore; publicSiteUrl: string; idempotency: IdempotencyStore }) => httpHandler(shareReviewRoute, async (request) => {
  const stream = reviewStreamFromPath(request.params.id);
  const { stream: by } = callerDiner(request);
  const referralCode = referralCodeFor(by);
  const { network } = request.body;
  const result = await runReviewCommand(deps.events, request, stream, {
    type: 'ShareReview', by, network, referralCode, facts: await callerFacts(deps.events, by),
  });
  const reviewUrl = reviewPublicUrl(deps.publicSiteUrl, stream, referralCode);
  return jsonResponse(201, { id: stream, stream, version: result.version, network, url: shareIntentUrl(network, reviewUrl), reviewUrl }, { etag: entityTag(result.version) });
}, deps);
export const handler = onAws(() => build({ ...awsDynamoStores(), publicSiteUrl: publicSiteUrlFromEnvironment() }));
