import * as z from 'zod';
import type { EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { recordNotificationOutcome } from './recordNotificationOutcome';

const input = z.object({ review: z.string().min(1), waitedSeconds: z.number().int().positive() });

/** Task "Record that nobody answered": the wait timed out; ReviewUnanswered ends the review's journey. */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ recorded: boolean }> => {
  const { review, waitedSeconds } = input.parse(event);
  const result = await recordNotificationOutcome(deps.events, review, { type: 'RecordReviewUnanswered', waitedSeconds });
  return { recorded: result.event !== undefined };
};
export const handler = onAws(() => build(awsDynamoStores()));
