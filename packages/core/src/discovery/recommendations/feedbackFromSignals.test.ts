import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@forkcast/events';
import { foldProjection } from '../../projections/foldProjection';
import { seededRandom, shuffled } from '../../random/seededRandom';
import { applySignal, emptySignalsState, signalsStateOf, type SignalsState } from './feedbackFromSignals';
import { recommendationSignalProjection } from './recommendationSignalProjection';

const me = 'diner-01JH000000000000000000000A';
const lisbon = { lat: 38.72, lon: -9.14 };
const versions = new Map<string, number>();
let clock = 0;
/** The envelopes as the log stores them: versions per stream, increasing times. */
function event(stream: string, type: string, data: Record<string, unknown>): EventEnvelope {
  const version = (versions.get(stream) ?? 0) + 1;
  versions.set(stream, version);
  const occurredAt = new Date(Date.UTC(2026, 0, 1) + 60_000 * clock++).toISOString();
  return { id: `01JH${String(clock).padStart(22, '0')}`, stream, version, type, schemaVersion: 1, occurredAt, data, meta: { actor: { id: 's', role: 'diner' }, correlationId: 'c' } };
}

const log: EventEnvelope[] = [
  event(me, 'DinerRegistered', { displayName: 'Ana', cuisines: ['Thai'], homeLocation: lisbon, referralCode: '7QX4M2KD9P' }),
  event('visit-1', 'VisitRecorded', { diner: me, restaurant: 'tasca', visitedOn: '2026-01-01', overall: 1, factors: { food: 1, service: 2 } }),
  // A correction names neither diner nor restaurant: the visit stream does.
  event('visit-1', 'VisitCorrected', { overall: 2, factors: { food: 2 } }),
  event('rating-bad', 'RestaurantRated', { diner: me, restaurant: 'bad', stars: 4 }),
  event('rating-bad', 'RatingRevised', { stars: 1 }),
  event('rating-mar', 'RestaurantRated', { diner: me, restaurant: 'mar', stars: 5 }),
  event('rating-mar', 'RatingWithdrawn', {}),
  event('visit-2', 'VisitRecorded', { diner: me, restaurant: 'thai', visitedOn: '2026-01-03', overall: 2, factors: {} }),
  event('visit-2', 'VisitDeleted', {}),
  event('review-1', 'ReviewSubmitted', { author: me, restaurant: 'grill', title: 'Meh', body: 'Dry.', stars: 2 }),
  event('review-1', 'ReviewEdited', { stars: 5 }),
  event('review-2', 'ReviewSubmitted', { author: me, restaurant: 'cafe', title: 'Ok', body: 'Fine.', stars: 5 }),
  event('review-2', 'ReviewWithdrawn', {}),
  // A later, worse visit to a place also rated: the latest visit scores, the rating keeps its stars.
  event('rating-tasca', 'RestaurantRated', { diner: me, restaurant: 'tasca', stars: 5 }),
  event('visit-3', 'VisitRecorded', { diner: me, restaurant: 'tasca', visitedOn: '2026-02-01', overall: 0, factors: { wait: 0 } }),
  event(me, 'DinerProfileUpdated', { homeLocation: null, cuisines: ['Thai', 'Seafood'] }),
];

/** The projection's live path: each event updates its stream's item, which is handed to the state. */
function live(events: readonly EventEnvelope[]): SignalsState {
  const items = new Map<string, ReturnType<typeof foldProjection<any, any>>>();
  let state = emptySignalsState();
  for (const e of events) {
    const item = foldProjection(recommendationSignalProjection, [e], items.get(e.stream) ?? null);
    items.set(e.stream, item);
    state = applySignal(state, e.stream, item);
  }
  return state;
}

/** The rebuild: every stream folded from the log, then folded together at once. */
function rebuild(events: readonly EventEnvelope[]): SignalsState {
  const streams = [...new Set(events.map((e) => e.stream))];
  return signalsStateOf(streams.flatMap((s) => {
    const item = foldProjection(recommendationSignalProjection, events.filter((e) => e.stream === s));
    return item ? [[s, item] as [string, NonNullable<typeof item>]] : [];
  }));
}

const byRestaurant = (state: SignalsState) => Object.fromEntries([...state.data.feedback.values()].map((f) => [f.restaurantId, f]));

describe('the recommender fed by the diner events', () => {
  it('folds visits, corrections, ratings, reviews and their withdrawals into current feedback', () => {
    const feedback = byRestaurant(live(log));
    expect(Object.keys(feedback).sort()).toEqual(['bad', 'grill', 'tasca']);
    // The corrected visit was replaced by a later one; the rating's stars stay beside it.
    expect(feedback.tasca).toMatchObject({ dinerId: me, overall: 0, factors: { wait: 0 }, stars: 5 });
    // Revised from 4 stars to 1: disliked.
    expect(feedback.bad).toMatchObject({ overall: 0, stars: 1 });
    expect(feedback.grill).toMatchObject({ overall: 2, stars: 5 });
    expect(live(log).data.preferences.get(me)).toEqual({ dinerId: me, cuisines: ['Thai', 'Seafood'] });
  });

  it('a correction replaces what the visit said, and deleting the later visit brings the earlier one back', () => {
    const upTo = log.findIndex((e) => e.type === 'VisitCorrected');
    expect(byRestaurant(live(log.slice(0, upTo))).tasca).toMatchObject({ overall: 1, factors: { food: 1, service: 2 } });
    expect(byRestaurant(live(log.slice(0, upTo + 1))).tasca).toMatchObject({ overall: 2, factors: { food: 2 } });
    const deleted = [...log, event('visit-3', 'VisitDeleted', {})];
    expect(byRestaurant(live(deleted)).tasca).toMatchObject({ overall: 2, factors: { food: 2 }, stars: 5 });
    // Nothing left about the pair: the feedback goes.
    const allGone = [...deleted, event('visit-1', 'VisitDeleted', {}), event('rating-tasca', 'RatingWithdrawn', {})];
    expect(byRestaurant(live(allGone)).tasca).toBeUndefined();
  });

  it('live equals the rebuild from the log, whatever order the streams are delivered in', () => {
    const expected = rebuild(log);
    expect(byRestaurant(live(log))).toEqual(byRestaurant(expected));
    for (const seed of [1, 2, 3]) {
      // The bus orders nothing across streams: shuffle the streams, keep each stream's order.
      const order = shuffled([...new Set(log.map((e) => e.stream))], seededRandom(seed));
      const delivered = order.flatMap((s) => log.filter((e) => e.stream === s));
      const state = live(delivered);
      expect(byRestaurant(state)).toEqual(byRestaurant(expected));
      expect([...state.data.preferences]).toEqual([...expected.data.preferences]);
    }
  });
});
