import { describe, expect, it } from 'vitest';
import type { ForkcastEnvelope, VisitScore } from '@forkcast/events';
import { useDynamoStores } from '../../testing/useDynamoStores';
import { projectEvent } from '../../projections/projectEvent';
import { foldProjection } from '../../projections/foldProjection';
import { handleCommand } from '../../commands/handleCommand';
import { seededRandom, shuffled } from '../../random/seededRandom';
import { newRestaurantStream } from '../../restaurants/restaurantStream';
import { visitDecider } from '../visitDecider';
import { newVisitStream } from '../visitStream';
import type { VisitCommand } from '../visitCommands';
import { restaurantVisitScoresProjection, type VisitScoresView } from './restaurantVisitScoresProjection';
import { dinerVisitsProjection } from './dinerVisitsProjection';
import { getRestaurantRatings, listDinerRatings, listDinerVisits, restaurantRatingsOf } from './dinerQueries';
import { ratingDecider } from '../ratingDecider';
import { ratingStreamFor } from '../ratingStream';
import type { RatingCommand } from '../ratingCommands';
import { restaurantRatingStarsProjection } from './restaurantRatingStarsProjection';
import { dinerRatingsProjection } from './dinerRatingsProjection';
import type { RatingView } from './ratingView';

const { store, views } = await useDynamoStores();

const facts = { dinerRegistered: true, restaurantListedOn: '2026-01-01', today: '2026-03-01' };
const score = (r: () => number) => Math.floor(r() * 3) as VisitScore;

async function run(stream: string, command: VisitCommand): Promise<ForkcastEnvelope | undefined> {
  const { event } = await handleCommand({ store, decider: visitDecider, stream, command, actor: { id: 'd', role: 'diner' }, correlationId: 'c' });
  return event;
}

async function rate(stream: string, command: RatingCommand): Promise<ForkcastEnvelope | undefined> {
  const { event } = await handleCommand({ store, decider: ratingDecider, stream, command, actor: { id: 'd', role: 'diner' }, correlationId: 'c' });
  return event;
}

describe('restaurant ratings from visit contributions', () => {
  it('equal the rebuild under shuffled, duplicated delivery of records, corrections and deletions', async () => {
    const random = seededRandom(42);
    const restaurant = newRestaurantStream();
    const log: ForkcastEnvelope[] = [];
    const streams: string[] = [];
    for (let i = 0; i < 40; i++) {
      const stream = newVisitStream();
      streams.push(stream);
      const diner = `diner-${i % 7}`;
      const recorded = await run(stream, {
        type: 'RecordVisit', facts,
        data: { diner, restaurant, visitedOn: '2026-02-01', overall: score(random), factors: { food: score(random), ...(i % 3 ? { service: score(random) } : {}) } },
      });
      log.push(recorded!);
      if (i % 4 === 0) {
        const corrected = await run(stream, { type: 'CorrectVisit', by: diner, facts, data: { overall: ((recorded!.data as { overall: number }).overall + 1) % 3 as VisitScore, factors: { wait: score(random) } } });
        if (corrected) log.push(corrected);
      }
      if (i % 5 === 0) log.push((await run(stream, { type: 'DeleteVisit', by: diner, facts }))!);
    }
    // Seven diners rate, revise (several times), withdraw and rate again: one live rating each.
    const ratingStreams: string[] = [];
    const ratingFacts = { dinerRegistered: true, restaurantListed: true };
    for (let d = 0; d < 7; d++) {
      const diner = `diner-${d}`;
      const stream = ratingStreamFor(diner, restaurant);
      ratingStreams.push(stream);
      for (let k = 0; k < 3; k++) {
        const e = await rate(stream, { type: 'RateRestaurant', facts: ratingFacts, data: { diner, restaurant, stars: 1 + Math.floor(random() * 5) } });
        if (e) log.push(e);
      }
      if (d % 3 === 0) log.push((await rate(stream, { type: 'WithdrawRating', facts: ratingFacts }))!);
      if (d === 3) log.push((await rate(stream, { type: 'RateRestaurant', facts: ratingFacts, data: { diner, restaurant, stars: 5 } }))!);
    }

    // At least once, in any order: every event twice, shuffled across and within streams.
    const deliveries = shuffled([...log, ...log, ...shuffled(log, random).slice(0, 15)], random);
    for (const event of deliveries) {
      await projectEvent({ projection: restaurantVisitScoresProjection, event, views, store });
      await projectEvent({ projection: dinerVisitsProjection, event, views, store });
      await projectEvent({ projection: restaurantRatingStarsProjection, event, views, store });
      await projectEvent({ projection: dinerRatingsProjection, event, views, store });
    }

    const rebuilt: VisitScoresView[] = [];
    for (const stream of streams) {
      const view = foldProjection(restaurantVisitScoresProjection, await store.readStream(stream));
      if (view) rebuilt.push(view);
    }
    const rebuiltRatings: RatingView[] = [];
    for (const stream of ratingStreams) {
      const view = foldProjection(restaurantRatingStarsProjection, await store.readStream(stream));
      if (view) rebuiltRatings.push(view);
    }
    const live = await getRestaurantRatings(views, restaurant);
    expect(live).toEqual(restaurantRatingsOf(restaurant, rebuilt, rebuiltRatings));
    // Diners 0 and 6 withdrew; 3 withdrew and rated again.
    expect(live.stars.count).toBe(5);
    expect(live.stars.distribution['5']).toBeGreaterThanOrEqual(1);
    expect((await listDinerRatings(views, 'diner-3')).items.map((r) => r.stars)).toEqual([5]);
    expect((await listDinerRatings(views, 'diner-0')).items).toEqual([]);
    expect(live.visits).toBe(40 - 8);
    expect(live.factors.wait.count).toBe(streams.filter((_, i) => i % 4 === 0 && i % 5 !== 0).length);
    expect(live.overall.distribution['0']! + live.overall.distribution['1']! + live.overall.distribution['2']!).toBe(32);

    let seen = 0;
    for (let d = 0; d < 7; d++) seen += (await listDinerVisits(views, `diner-${d}`, { limit: 100 })).items.filter((v) => v.restaurant === restaurant).length;
    expect(seen).toBe(32);
  });
});
