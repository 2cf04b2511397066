import type { EventEnvelope } from '@forkcast/events';

export interface RepublishInput {
  events: AsyncIterable<EventEnvelope>;
  publish: (event: EventEnvelope) => Promise<void>;
  /** Names this replay in every event's `meta.replay.id`, so consumers can tell replays apart. */
  replayId: string;
  /** Events per second at most; default 100. */
  rate?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onProgress?: (published: number) => void;
}

/**
 * Sends the events to the bus again, marked `meta.replay: {id}` (live subscriptions exclude those;
 * consumers that want history opt in), at most `rate` per second so a replay never floods targets.
 * The log itself is never touched: the mark is on the published copy only.
 */
export async function republishEvents(input: RepublishInput): Promise<number> {
  const rate = input.rate ?? 100;
  if (!(rate > 0)) throw new RangeError(`rate must be positive, got ${rate}`);
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = input.now ?? Date.now;
  const started = now();
  let published = 0;
  for await (const event of input.events) {
    // Event n may leave no earlier than n/rate seconds after the start.
    const due = started + (published * 1000) / rate;
    if (due > now()) await sleep(due - now());
    await input.publish({ ...event, meta: { ...event.meta, replay: { id: input.replayId } } });
    published += 1;
    input.onProgress?.(published);
  }
  return published;
}
