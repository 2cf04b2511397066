import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForkcastEnvelope, VisitScore } from '@forkcast/events';
import { startDynalite, type DynaliteHandle } from '../../dynalite/startDynalite';
import { DynamoEventStore } from '../../eventStore/dynamoEventStore';
import { DynamoViewStore } from '../../projections/dynamoViewStore';
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
import { getRestaurantRatings, listDinerVisits, restaurantRatingsOf } from './dinerQueries';

let db: DynaliteHandle;
let store: DynamoEventStore;
let views: DynamoViewStore;
beforeAll(async () => {
  db = await startDynalite();
  store = new DynamoEventStore({ client: db.client });
  views = new DynamoViewStore({ client: db.client });
});
afterAll(() => db.stop());

const facts = { dinerRegistered: true, restaurantListedOn: '2026-01-01', today: '2026-03-01' };
const score = (r: () => number) => Math.floor(r() * 3) as VisitScore;

async function run(stream: string, command: VisitCommand): Promise<ForkcastEnvelope | undefined> {
  const { event } = await handleCommand({ store, decider: visitDecider, stream, command, actor: { id: 'd', role: 'diner' }, correlationId: 'c' });
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

    // At least once, in any order: every event twice, shuffled across and within streams.
    const deliveries = shuffled([...log, ...log, ...shuffled(log, random).slice(0, 15)], random);
    for (const event of deliveries) {
      await projectEvent({ projection: restaurantVisitScoresProjection, event, views, store });
      await projectEvent({ projection: dinerVisitsProjection, event, views, store });
    }

    const rebuilt: VisitScoresView[] = [];
    for (const stream of streams) {
      const view = foldProjection(restaurantVisitScoresProjection, await store.readStream(stream));
      if (view) rebuilt.push(view);
    }
    const live = await getRestaurantRatings(views, restaurant);
    expect(live).toEqual(restaurantRatingsOf(restaurant, rebuilt));
    expect(live.visits).toBe(40 - 8);
    expect(live.factors.wait.count).toBe(streams.filter((_, i) => i % 4 === 0 && i % 5 !== 0).length);
    expect(live.overall.distribution['0']! + live.overall.distribution['1']! + live.overall.distribution['2']!).toBe(32);

    let seen = 0;
    for (let d = 0; d < 7; d++) seen += (await listDinerVisits(views, `diner-${d}`, { limit: 100 })).items.filter((v) => v.restaurant === restaurant).length;
    expect(seen).toBe(32);
  });
});
