import { describe, expect, it } from 'vitest';
import type { ForkcastEnvelope } from '@forkcast/events';
import { useDynamoStores } from '../../testing/useDynamoStores';
import { projectEvent } from '../../projections/projectEvent';
import { foldProjection } from '../../projections/foldProjection';
import { handleCommand } from '../../commands/handleCommand';
import type { Decider } from '../../decider';
import type { AnyProjection } from '../../projections/projection';
import { seededRandom, shuffled } from '../../random/seededRandom';
import { dinerDecider } from '../dinerDecider';
import { dinerStreamFor, referralCodeFor } from '../dinerStream';
import { invitationDecider } from '../invitationDecider';
import { contestDecider } from '../contestDecider';
import { contestStreamFor, invitationStream, newInvitationCode } from '../contestStreams';
import { reviewDecider } from '../../reviews/reviewDecider';
import { newReviewStream } from '../../reviews/reviewStream';
import { restaurantReviewsProjection } from '../../reviews/views/restaurantReviewsProjection';
import { dinerReviewsProjection } from '../../reviews/views/dinerReviewsProjection';
import { dinerProfileProjection } from './dinerProfileProjection';
import { contestEntriesProjection, dinerInvitationsProjection } from './contestProjections';
import { visitDecider } from '../visitDecider';
import { newVisitStream } from '../visitStream';
import { ratingDecider } from '../ratingDecider';
import { ratingStreamFor } from '../ratingStream';
import { dinerVisitsProjection } from './dinerVisitsProjection';
import { restaurantVisitScoresProjection } from './restaurantVisitScoresProjection';
import { dinerRatingsProjection } from './dinerRatingsProjection';
import { restaurantRatingStarsProjection } from './restaurantRatingStarsProjection';
import { rebuildProjection } from '../../analytics/rebuildProjection';
import { dayOfId } from '../../eventStore/dayOfId';

const { store, views } = await useDynamoStores();

const log: ForkcastEnvelope[] = [];
const streams = new Set<string>();
async function run<C>(decider: Decider<C, any, any>, stream: string, command: C) {
  const { event } = await handleCommand({ store, decider, stream, command, actor: { id: 'd', role: 'diner' }, correlationId: 'c' });
  if (event) log.push(event);
  streams.add(stream);
}

const projections: AnyProjection[] = [
  dinerProfileProjection, restaurantReviewsProjection, dinerReviewsProjection, contestEntriesProjection, dinerInvitationsProjection,
  dinerVisitsProjection, restaurantVisitScoresProjection, dinerRatingsProjection, restaurantRatingStarsProjection,
];

describe('diner and review views', () => {
  it('equal their rebuild from the log after shuffled, duplicated delivery', async () => {
    const random = seededRandom(7);
    const inviter = dinerStreamFor('inviter');
    await run(dinerDecider, inviter, { type: 'RegisterDiner', data: { displayName: 'Ana', referralCode: referralCodeFor(inviter) } });
    await run(dinerDecider, inviter, { type: 'UpdateDinerProfile', data: { homeCity: 'Puebla', cuisines: ['Thai'] } });
    await run(dinerDecider, inviter, { type: 'UpdateDinerProfile', data: { homeCity: null } });
    for (let i = 0; i < 4; i++) {
      const review = newReviewStream();
      await run(reviewDecider, review, { type: 'SubmitReview', data: { author: inviter, restaurant: 'restaurant-R', title: `T${i}`, body: 'b', stars: 3, language: 'en' }, facts: { dinerRegistered: true, restaurantListed: true } });
      await run(reviewDecider, review, { type: 'EditReview', by: inviter, data: { stars: 4 }, facts: { dinerRegistered: true } });
      await run(reviewDecider, review, { type: 'ShareReview', by: inviter, network: 'x', referralCode: referralCodeFor(inviter), facts: { dinerRegistered: true } });
      if (i % 2) await run(reviewDecider, review, { type: 'WithdrawReview', by: inviter, facts: { dinerRegistered: true } });
    }
    for (let i = 0; i < 7; i++) {
      const stream = invitationStream(newInvitationCode());
      await run(invitationDecider, stream, { type: 'InviteFriend', data: { inviter, email: `f${i}@example.org`, sentAt: '2026-01-01T00:00:00.000Z' }, facts: { dinerRegistered: true } });
      await run(invitationDecider, stream, { type: 'AcceptInvitation', by: `diner-friend-${i}`, facts: { registeredAt: '2026-02-01T00:00:00.000Z' } });
      await run(contestDecider, contestStreamFor(inviter), { type: 'CreditAcceptedInvitation', inviter, invitation: stream });
    }

    const visitFacts = { dinerRegistered: true, restaurantListedOn: '2026-01-01', today: '2026-06-01' };
    for (let i = 0; i < 6; i++) {
      const visit = newVisitStream();
      const restaurant = `restaurant-R${i % 2}`;
      await run(visitDecider, visit, { type: 'RecordVisit', data: { diner: inviter, restaurant, visitedOn: '2026-03-01', overall: 2, factors: { food: 2, wait: i % 3 as 0 | 1 | 2 } }, facts: visitFacts });
      if (i % 2) await run(visitDecider, visit, { type: 'CorrectVisit', by: inviter, data: { overall: 1, note: 'slower this time' }, facts: visitFacts });
      if (i % 3 === 2) await run(visitDecider, visit, { type: 'DeleteVisit', by: inviter, facts: { dinerRegistered: true } });
      const rating = ratingStreamFor(inviter, restaurant);
      await run(ratingDecider, rating, { type: 'RateRestaurant', data: { diner: inviter, restaurant, stars: 1 + (i % 5) }, facts: { dinerRegistered: true, restaurantListed: true } });
      if (i === 4) await run(ratingDecider, rating, { type: 'WithdrawRating', facts: { dinerRegistered: true } });
    }

    for (const event of shuffled([...log, ...log, ...shuffled(log, random).slice(0, 10)], random)) {
      for (const projection of projections) await projectEvent({ projection, event, views, store });
    }
    for (const projection of projections) {
      for (const stream of streams) {
        const history = await store.readStream(stream);
        if (!history.some((e) => (projection.handles as readonly string[]).includes(e.type))) continue;
        expect((await views.get(projection.name, stream))?.view ?? null, `${projection.name} ${stream}`).toEqual(foldProjection(projection, history));
      }
    }
    expect((await views.get(contestEntriesProjection.name, contestStreamFor(inviter)))?.view).toEqual({ diner: inviter, acceptedInvitations: 7, entries: 1 });
    expect((await views.get(dinerProfileProjection.name, inviter))?.view).toEqual(expect.objectContaining({ displayName: 'Ana', cuisines: ['Thai'] }));
    expect((await views.get(dinerProfileProjection.name, inviter))?.view).not.toHaveProperty('homeCity');
  });

  it('equal the views a blue/green rebuild from the log writes, which readers then see', async () => {
    const everyItem = async () => {
      const items: Record<string, unknown> = {};
      for (const projection of projections) for (const stream of streams) items[`${projection.name} ${stream}`] = (await views.get(projection.name, stream)) ?? null;
      return items;
    };
    const live = await everyItem();
    expect(Object.values(live).filter(Boolean).length).toBeGreaterThan(10);
    const from = [...log].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id;
    for (const projection of projections) {
      const result = await rebuildProjection({ projection, store, views, from: dayOfId(from), lateWindowMs: 0 });
      expect((await views.generations(projection.name)).active).toBe(result.generation);
    }
    expect(await everyItem()).toEqual(live);
  });
});
