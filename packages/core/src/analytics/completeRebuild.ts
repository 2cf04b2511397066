import type { EventStore } from '../eventStore/eventStore';
import type { AnyProjection } from '../projections/projection';
import type { ViewGenerations } from '../projections/viewStore';
import { catchUpGeneration } from './catchUpGeneration';

export interface CompleteRebuildInput {
  projection: AnyProjection;
  store: EventStore;
  views: ViewGenerations;
  /** The generation active when the rebuild began, and the one it filled. */
  previous: number;
  generation: number;
  /** When the rebuild began reading (ISO instant): what arrived since may be missing from the days. */
  since: string;
  /** How far before `since` (and before the last event read) the catch-ups read again; default 5 s. */
  lateWindowMs?: number;
  clock?: () => Date;
}

export class RebuildSupersededError extends Error {
  override name = 'RebuildSupersededError';
  constructor(projection: string, generation: number) {
    super(`${projection}: another rebuild activated a generation meanwhile; generation ${generation} was left inactive`);
  }
}

/**
 * The end of a rebuild whose days were filled separately (rebuildDay, one workflow Map iteration
 * each): catch the new generation up on what arrived since the rebuild began, flip the active
 * generation conditionally, then catch up once more on what the live writer put into the old
 * generation around the flip. Returns how many events the catch-ups read.
 */
export async function completeRebuild(input: CompleteRebuildInput): Promise<{ events: number }> {
  const clock = input.clock ?? (() => new Date());
  const lateWindowMs = input.lateWindowMs ?? 5_000;
  const target = input.views.atGeneration(input.projection.name, input.generation);
  const progress = { events: 0 };
  const from = new Date(Date.parse(input.since) - lateWindowMs);
  const catchUp = (afterId: string | undefined) => catchUpGeneration({ ...input, target, from, afterId, lateWindowMs, progress, clock });
  const lastId = await catchUp(undefined);
  if (!(await input.views.activate(input.projection.name, input.previous, input.generation))) {
    throw new RebuildSupersededError(input.projection.name, input.generation);
  }
  await catchUp(lastId);
  return progress;
}
