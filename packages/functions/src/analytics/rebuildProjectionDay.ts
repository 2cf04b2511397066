import * as z from 'zod';
import { rebuildDay, type EventStore, type RebuildDayResult, type ViewGenerations } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { rebuildableProjection } from './rebuildableProjection';

const rebuildProjectionDayInput = z.object({
  projection: z.string().min(1),
  generation: z.number().int().positive(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * Task "Rebuild the day" (one Map iteration of rebuild-projection): one byDay partition into the
 * fresh generation. Days may run in any order and a retried day writes nothing twice (rebuildDay).
 */
export const build = (deps: { events: EventStore; views: ViewGenerations }) => async (event: unknown): Promise<RebuildDayResult> => {
  const input = rebuildProjectionDayInput.parse(event);
  const projection = rebuildableProjection(input.projection);
  return rebuildDay({ projection, store: deps.events, target: deps.views.atGeneration(projection.name, input.generation), day: input.day });
};
export const handler = onAws(() => build(awsDynamoStores()));
