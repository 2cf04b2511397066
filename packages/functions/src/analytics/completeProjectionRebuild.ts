import * as z from 'zod';
import { completeRebuild, type EventStore, type ViewGenerations } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { rebuildableProjection } from './rebuildableProjection';

const completeProjectionRebuildInput = z.object({
  projection: z.string().min(1),
  previous: z.number().int().nonnegative(),
  generation: z.number().int().positive(),
  startedAt: z.iso.datetime(),
});

/**
 * Task "Catch up and switch readers" of rebuild-projection: what arrived since the rebuild began,
 * the conditional flip (RebuildSupersededError, not retried, when another rebuild flipped first),
 * and the catch-up on what the old generation got around the flip.
 */
export const build = (deps: { events: EventStore; views: ViewGenerations }) => async (event: unknown) => {
  const input = completeProjectionRebuildInput.parse(event);
  const projection = rebuildableProjection(input.projection);
  const { events } = await completeRebuild({ projection, store: deps.events, views: deps.views, previous: input.previous, generation: input.generation, since: input.startedAt });
  return { projection: projection.name, previousGeneration: input.previous, generation: input.generation, caughtUp: events };
};
export const handler = onAws(() => build(awsDynamoStores()));
