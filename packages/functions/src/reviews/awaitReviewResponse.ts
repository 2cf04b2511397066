import * as z from 'zod';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { recordNotificationOutcome } from './recordNotificationOutcome';

const input = z.object({ review: z.string().min(1), taskToken: z.string().min(1) });

/**
 * Task "Wait for the restaurant to answer" (lambda:invoke.waitForTaskToken): records the task token
 * on the review (ReviewResponseAwaited). The policy releaseReviewResponseWait releases it once the
 * review has an answer, whichever of the two events comes last.
 */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ recorded: boolean }> => {
  const { review, taskToken } = input.parse(event);
  const result = await recordNotificationOutcome(deps.events, review, { type: 'AwaitReviewResponse', taskToken });
  return { recorded: result.event !== undefined };
};
export const handler = onAws(() => build(awsDynamoStores()));
