import type { EventStore } from '../eventStore/eventStore';
import { readLogByTime } from '../eventStore/readLogByTime';
import { foldProjection } from '../projections/foldProjection';
import { catchUpGeneration } from './catchUpGeneration';
import { projectionHandles, type AnyProjection } from '../projections/projection';
import type { ViewGenerations } from '../projections/viewStore';

export interface RebuildProgress {
  phase: 'rebuild' | 'write' | 'catch-up';
  /** Log events read so far (all phases). */
  events: number;
  /** View items written in the write phase. */
  written: number;
}

export interface RebuildInput {
  projection: AnyProjection;
  store: EventStore;
  views: ViewGenerations;
  /** The first day of the log (yyyy-mm-dd): where the rebuild starts reading. */
  from: string;
  clock?: () => Date;
  /**
   * How far before the last event read the catch-up reads again: appends by concurrent writers
   * may become visible out of id order (the change feed waits as long). Default 5 s.
   */
  lateWindowMs?: number;
  /** Concurrent batch writers of view items; default 8. */
  concurrency?: number;
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  projection: string;
  previousGeneration: number;
  generation: number;
  /** Distinct log events read (rebuild plus both catch-ups). */
  events: number;
  /** View items the rebuild wrote. */
  views: number;
}

/**
 * Rebuilds a projection into a fresh generation while the live one keeps writing to the active
 * generation (blue/green, as Marten and Emmett version projections): fold the log into memory per
 * stream, write the items, catch up on what arrived meanwhile, flip the active generation with a
 * conditional write, then catch up once more on what the live writer put into the old generation
 * around the flip. Catch-ups go through projectEvent, so re-reading an event is harmless.
 */
export async function rebuildProjection(input: RebuildInput): Promise<RebuildResult> {
  const { projection, store, views } = input;
  const clock = input.clock ?? (() => new Date());
  const lateWindowMs = input.lateWindowMs ?? 5_000;
  const previous = (await views.generations(projection.name)).active;
  const generation = await views.allocateGeneration(projection.name);
  const target = views.atGeneration(projection.name, generation);
  const progress: RebuildProgress = { phase: 'rebuild', events: 0, written: 0 };
  const report = () => input.onProgress?.({ ...progress });

  // 1. The log up to now, folded per stream in memory: one write per item instead of one per event.
  const folded = new Map<string, { version: number; view: unknown }>();
  const outOfOrder = new Set<string>();
  let lastId: string | undefined;
  for await (const event of readLogByTime({ store, from: input.from, to: clock() })) {
    progress.events += 1;
    if (progress.events % 1000 === 0) report();
    lastId = event.id;
    if (!projectionHandles(projection, event)) continue;
    const item = folded.get(event.stream);
    const version = item?.version ?? 0;
    // byDay gives a stream's events in version order unless clocks of writers disagreed.
    if (event.version !== version + 1) outOfOrder.add(event.stream);
    if (outOfOrder.has(event.stream)) continue;
    folded.set(event.stream, { version: event.version, view: foldProjection(projection, [event], item ? item.view : projection.initialView()) });
  }
  for (const stream of outOfOrder) {
    const events = await store.readStream(stream);
    const handled = events.filter((e) => projectionHandles(projection, e));
    if (handled.length > 0) folded.set(stream, { version: handled.at(-1)!.version, view: foldProjection(projection, events) });
  }

  progress.phase = 'write';
  report();
  await writeAll(views, generation, projection, folded, input.concurrency ?? 8, (n) => {
    progress.written += n;
    report();
  });

  // 2. What arrived while rebuilding, then the flip, then what the old generation got around it.
  progress.phase = 'catch-up';
  lastId = await catchUpGeneration({ ...input, target, afterId: lastId, lateWindowMs, progress, clock });
  if (!(await views.activate(projection.name, previous, generation))) {
    throw new Error(`${projection.name}: another rebuild activated a generation meanwhile; generation ${generation} was left inactive`);
  }
  await catchUpGeneration({ ...input, target, afterId: lastId, lateWindowMs, progress, clock });
  report();
  return { projection: projection.name, previousGeneration: previous, generation, events: progress.events, views: folded.size };
}

async function writeAll(
  views: ViewGenerations, generation: number, projection: AnyProjection, folded: Map<string, { version: number; view: unknown }>,
  concurrency: number, onWritten: (n: number) => void,
): Promise<void> {
  const entries = [...folded];
  const batch = 500;
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const slice = entries.slice(next, (next += batch));
      await views.writeFresh(generation, slice.map(([stream, { version, view }]) => ({
        item: { projection: projection.name, stream, version, view },
        indexKeys: view === null ? undefined : projection.indexKeys?.(view),
        indexSort: view === null ? undefined : projection.indexSort?.(view),
      })));
      onWritten(slice.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
