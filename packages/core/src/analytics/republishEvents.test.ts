import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@forkcast/events';
import { sampleLog } from '../testing/sampleLog';
import { republishEvents } from './republishEvents';

async function* each(events: readonly EventEnvelope[]) {
  yield* events;
}

describe('republishEvents', () => {
  it('marks each published copy as this replay and keeps to the rate', async () => {
    const events = sampleLog({ start: Date.parse('2030-01-01T00:00:00Z'), days: 1, restaurants: 5, eventsPerRestaurant: 1 });
    let clock = 0;
    const sent: { at: number; event: EventEnvelope }[] = [];
    const count = await republishEvents({
      events: each(events), replayId: 'r-1', rate: 4,
      publish: async (event) => void sent.push({ at: clock, event }),
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    expect(count).toBe(events.length);
    expect(sent.map((s) => s.at)).toEqual(events.map((_, i) => i * 250));
    expect(sent.map((s) => s.event)).toEqual(events.map((e) => ({ ...e, meta: { ...e.meta, replay: { id: 'r-1' } } })));
    expect(events.every((e) => e.meta.replay === undefined)).toBe(true);
  });

  it('refuses a rate that is not positive', async () => {
    await expect(republishEvents({ events: each([]), replayId: 'r', rate: 0, publish: async () => {} })).rejects.toThrow(RangeError);
  });
});
