import { decodeTime } from 'ulid';
import type { EventEnvelope } from '@forkcast/events';
import type { EventStore } from '../eventStore/eventStore';
import { readLogByTime } from '../eventStore/readLogByTime';
import { projectEvent } from '../projections/projectEvent';
import type { AnyProjection } from '../projections/projection';
import type { ViewStore } from '../projections/viewStore';

export interface CatchUpGenerationInput {
  projection: AnyProjection;
  store: EventStore;
  /** The generation being rebuilt (ViewGenerations.atGeneration). */
  target: ViewStore;
  /** Where reading starts when nothing was read yet: a day or an instant. */
  from: Date | string;
  /** The last event already read; reading resumes `lateWindowMs` before its time. */
  afterId?: string;
  lateWindowMs: number;
  /** Counts events not read before (the late window reads some again). */
  progress?: { events: number };
  clock: () => Date;
}

/**
 * Brings a rebuilt generation up to the log's end: every event from shortly before `afterId`
 * (appends by concurrent writers may become visible out of id order) to now, through
 * projectEvent, so an event the generation already reflects is skipped. Returns the last id read.
 */
export async function catchUpGeneration(input: CatchUpGenerationInput): Promise<string | undefined> {
  const from = input.afterId === undefined ? input.from : new Date(decodeTime(input.afterId) - input.lateWindowMs);
  let lastId = input.afterId;
  for await (const event of readLogByTime({ store: input.store, from, to: input.clock() })) {
    if (!lastId || event.id > lastId) {
      if (input.progress) input.progress.events += 1;
      lastId = event.id;
    }
    await projectEvent({ projection: input.projection, event: event as EventEnvelope, views: input.target, store: input.store });
  }
  return lastId;
}
