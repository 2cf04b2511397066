import type { EventStore } from '../eventStore/eventStore';
import { readLogByTime } from '../eventStore/readLogByTime';
import { projectEvent } from '../projections/projectEvent';
import { projectionHandles, type AnyProjection } from '../projections/projection';
import type { ViewStore } from '../projections/viewStore';

export interface RebuildDayInput {
  projection: AnyProjection;
  store: EventStore;
  /** The generation being rebuilt (ViewGenerations.atGeneration). */
  target: ViewStore;
  /** yyyy-mm-dd (UTC): one byDay partition. */
  day: string;
}

export interface RebuildDayResult {
  day: string;
  /** Events of the day read. */
  events: number;
  /** Streams whose item the day brought forward. */
  streams: number;
}

/**
 * One day of a rebuild run as a workflow's Map iteration: every stream the projection handles on
 * that day is brought up to its last handled event of the day, through projectEvent. A gap before
 * it (earlier days not done yet: days run in parallel) is read from the stream, and a day done
 * later finds its events already reflected, so days may run in any order, and a retried day
 * writes nothing twice. One read-modify-write per stream and day, not per event.
 */
export async function rebuildDay(input: RebuildDayInput): Promise<RebuildDayResult> {
  const lastOfStream = new Map<string, Parameters<typeof projectEvent>[0]['event']>();
  let events = 0;
  for await (const event of readLogByTime({ store: input.store, from: input.day, to: input.day })) {
    events += 1;
    if (!projectionHandles(input.projection, event)) continue;
    const seen = lastOfStream.get(event.stream);
    if (!seen || event.version > seen.version) lastOfStream.set(event.stream, event);
  }
  for (const event of lastOfStream.values()) {
    await projectEvent({ projection: input.projection, event, views: input.target, store: input.store });
  }
  return { day: input.day, events, streams: lastOfStream.size };
}
