import * as z from 'zod';
import type { ViewGenerations } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { rebuildableProjection } from './rebuildableProjection';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day (yyyy-mm-dd)');
const beginRebuildInput = z.object({
  projection: z.string().min(1),
  /** The log's first day: a rebuild reads the whole log (a later start would drop streams). */
  from: day,
  /** The last day to read by day; default today (UTC). The catch-up covers what arrives later. */
  to: day.nullish(),
});

const dayMs = 86_400_000;

/** The days from `from` to `to`, both included. */
function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += dayMs) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Task "Begin the rebuild" of the rebuild-projection workflow: allocates a fresh generation (never
 * used before) and lists the days the Map fills it from. `startedAt` is taken before any day is
 * read, so the final catch-up from it misses nothing appended meanwhile.
 */
export const build = (deps: { views: ViewGenerations; clock?: () => Date }) => async (event: unknown) => {
  const input = beginRebuildInput.parse(event);
  const projection = rebuildableProjection(input.projection);
  const now = (deps.clock ?? (() => new Date()))();
  const to = input.to ?? now.toISOString().slice(0, 10);
  if (to < input.from) throw new RangeError(`to (${to}) is before from (${input.from})`);
  const previous = (await deps.views.generations(projection.name)).active;
  const generation = await deps.views.allocateGeneration(projection.name);
  return { projection: projection.name, previous, generation, startedAt: now.toISOString(), days: daysBetween(input.from, to) };
};
export const handler = onAws(() => build(awsDynamoStores()));
