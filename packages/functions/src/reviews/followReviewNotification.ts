import type { EventStore, Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsSettings } from '../app/aws/awsSettings';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import type { Settings } from '../app/dependencies';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { releaseReviewResponseWait } from './releaseReviewResponseWait';
import { startReviewNotification } from './startReviewNotification';
import { stopReviewNotification } from './stopReviewNotification';

/**
 * The policy that drives each review's notification from the review's events: starts it on
 * ReviewSubmitted, stops it on ReviewWithdrawn, releases its wait on ReviewResponded or
 * ReviewResponseAwaited. One subscription (one function, rule and queue in the Bus stack) for the
 * three, since they share the workflow and its grants.
 */
export const build = (deps: { events: EventStore; workflows: Workflows; settings: Settings }) =>
  eventHandler('followReviewNotification', async (event, observability): Promise<Record<string, boolean>> => {
    switch (event.type) {
      case 'ReviewSubmitted':
        return startReviewNotification(deps, event, observability);
      case 'ReviewWithdrawn':
        return stopReviewNotification(deps, event, observability);
      case 'ReviewResponded':
      case 'ReviewResponseAwaited':
        return releaseReviewResponseWait(deps, event, observability);
      default:
        throw new Error(`followReviewNotification does not handle ${event.type}`);
    }
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows(), settings: awsSettings() }));
