import { describe, expect, it } from 'vitest';
import { dinerStreamFor, handleCommand, restaurantDecider } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { ulid } from 'ulid';
import { apiEvent, staff, diner } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as buildCheck } from './checkSpecialsFreshness';
import { build as buildStaleList } from './listStaleSpecials';
import { listStaleSpecialsRoute } from './restaurantsRoutes';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
const day = 86_400_000;
const context = { functionName: 'test', awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as never;

async function ownedRestaurant(name: string, contact?: string) {
  const id = (await callApi('listRestaurant', { body: { ...profile, name }, claims: staff })).json.stream as string;
  const owner = { sub: `fresh-${ulid()}`, 'cognito:groups': '[diner]' };
  await handleCommand({
    store: api.deps().events, decider: restaurantDecider, stream: id,
    command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: dinerStreamFor(owner.sub) } }, actor: { id: 'onboarding', role: 'system' }, correlationId: 't',
  });
  if (contact) await callApi('addRestaurantContact', { params: { id }, body: { email: contact }, claims: staff });
  return { id, owner };
}

describe('specials freshness', () => {
  it('reminds a stale restaurant once per period, records it, never a fresh one, and lists the stale ones for staff', async () => {
    const periodDays = 14;
    const stale = await ownedRestaurant('Stale Tavern', 'manager@stale.example');
    const fresh = await ownedRestaurant('Fresh Bistro', 'chef@fresh.example');
    const silent = await ownedRestaurant('No Contact Inn');
    const start = Date.now();
    let now = new Date(start);
    const deps = { ...api.deps(), settings: { staffEmail: 'staff@forkcast.test', specialsStaleAfterDays: periodDays }, clock: () => now };
    const check = buildCheck(deps);
    const staleList = buildStaleList(deps);
    const deliverAll = async () => { for (const r of [stale, fresh, silent]) await deliverToProjections(r.id); };
    const postAt = async (id: string, owner: { sub: string }, at: Date) => {
      // The freshness clock runs on the events' times: post "at" the test's now, through the decider.
      const result = await handleCommand({
        store: api.deps().events, decider: restaurantDecider, stream: id, clock: () => at, actor: { id: owner.sub, role: 'diner' }, correlationId: 't',
        command: { type: 'PostSpecial', by: dinerStreamFor(owner.sub), now: at.toISOString(), data: { specialId: ulid(), kind: 'food-special', title: 'Soup of the day', validFrom: at.toISOString(), validTo: new Date(at.getTime() + day).toISOString() } },
      });
      expect(result.event?.type).toBe('SpecialPosted');
    };
    const ours = (ids: string[]) => ids.filter((id) => [stale.id, fresh.id, silent.id].includes(id));

    await deliverAll();
    expect(await check()).toMatchObject({ reminded: 0 });

    // 15 days on: the fresh one posts, the other two have said nothing since their claim.
    now = new Date(start + 15 * day);
    await postAt(fresh.id, fresh.owner, now);
    await deliverAll();
    const first = await check();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(first.withoutContact).toBeGreaterThanOrEqual(1);
    const mails = [...api.deps().mailer.sent.values()].filter((m) => m.to.endsWith('.example'));
    expect(mails.map((m) => m.to)).toEqual(['manager@stale.example']);
    expect(mails[0]!.subject).toBe('Time to refresh the specials of Stale Tavern');
    expect(mails[0]!.text).toContain(`https://forkcast.example/restaurants/${stale.id}`);
    const recorded = (await api.deps().events.readStream(stale.id)).filter((e) => e.type === 'SpecialsReminderSent');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.data).toMatchObject({ owner: dinerStreamFor(stale.owner.sub), periodDays, remindedAt: now.toISOString() });
    expect((await api.deps().events.readStream(silent.id)).some((e) => e.type === 'SpecialsReminderSent')).toBe(false);

    // The same period: a second run (or a day later) sends nothing more.
    await deliverAll();
    await check();
    now = new Date(start + 16 * day);
    await check();
    expect((await api.deps().events.readStream(stale.id)).filter((e) => e.type === 'SpecialsReminderSent')).toHaveLength(1);

    const listed = await staleList(apiEvent(listStaleSpecialsRoute, { claims: staff }), context);
    const body = JSON.parse(listed.body as string);
    expect(body.periodDays).toBe(periodDays);
    expect(ours(body.items.map((i: { restaurantId: string }) => i.restaurantId)).sort()).toEqual([stale.id, silent.id].sort());
    expect(body.items.find((i: { restaurantId: string }) => i.restaurantId === stale.id)).toMatchObject({ name: 'Stale Tavern', reminderDue: false, remindedAt: new Date(start + 15 * day).toISOString() });
    expect((await staleList(apiEvent(listStaleSpecialsRoute, { claims: diner }), context)).statusCode).toBe(403);

    // A whole period after the reminder: the next one is due, under its own send key.
    now = new Date(start + 30 * day);
    await check();
    expect((await api.deps().events.readStream(stale.id)).filter((e) => e.type === 'SpecialsReminderSent')).toHaveLength(2);
    expect([...api.deps().mailer.sent.values()].filter((m) => m.to === 'manager@stale.example')).toHaveLength(2);

    // Posting a special makes it fresh again: off the staff list.
    await postAt(stale.id, stale.owner, now);
    await deliverAll();
    const after = JSON.parse((await staleList(apiEvent(listStaleSpecialsRoute, { claims: staff }), context)).body as string);
    expect(ours(after.items.map((i: { restaurantId: string }) => i.restaurantId))).not.toContain(stale.id);
  });
});
