import { describe, expect, it } from 'vitest';
import {
  dinerStreamFor, foldProjection, handleCommand, ownedRestaurantsProjection, restaurantDecider, restaurantSpecialsProjection,
} from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { ulid } from 'ulid';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const { source: _s, externalId: _e, ...profile } = sampleRestaurant();

let n = 0;
const newPerson = () => ({ sub: `owner-sub-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' });

async function restaurant(name = profile.name): Promise<string> {
  const res = await callApi('listRestaurant', { body: { ...profile, name }, claims: staff });
  expect(res.statusCode).toBe(201);
  return res.json.stream as string;
}

/** Makes `claims` the owner the way onboarding will: ClaimRestaurant on the restaurant's stream. */
async function claim(restaurantId: string, claims: { sub: string }) {
  await handleCommand({
    store: api.deps().events, decider: restaurantDecider, stream: restaurantId,
    command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: dinerStreamFor(claims.sub) } },
    actor: { id: 'onboarding', role: 'system' }, correlationId: 'test',
  });
}

const hour = 3_600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const special = (title: string, from: number, to: number) => ({ kind: 'happy-hour', title, validFrom: iso(from), validTo: iso(to) });

function expectProblem(res: { statusCode: number; json: any }, status: number, code?: string) {
  expect(res.statusCode, JSON.stringify(res.json)).toBe(status);
  if (code) expect(res.json.code).toBe(code);
}

describe('owner authorization', () => {
  it('lets only the verified owner or staff post specials and change the profile; an owner of one restaurant cannot act on another', async () => {
    const owner = newPerson();
    const stranger = newPerson();
    const mine = await restaurant('Mine');
    const alsoMine = await restaurant('Also Mine');
    const theirs = await restaurant('Theirs');
    await claim(mine, owner);
    await claim(alsoMine, owner);
    await claim(theirs, newPerson());

    const body = special('Two for one', -hour, hour);
    expectProblem(await callApi('postSpecial', { params: { id: mine }, body, claims: stranger }), 403, 'not-restaurant-owner');
    expectProblem(await callApi('postSpecial', { params: { id: theirs }, body, claims: owner }), 403, 'not-restaurant-owner');
    expectProblem(await callApi('updateRestaurantProfile', { params: { id: mine }, body: { hours: 'Mon-Sun 12-23' }, claims: stranger }), 403, 'not-restaurant-owner');
    expectProblem(await callApi('updateRestaurantProfile', { params: { id: theirs }, body: { hours: 'Mon-Sun 12-23' }, claims: owner }), 403, 'not-restaurant-owner');
    expectProblem(await callApi('postSpecial', { params: { id: mine }, body }), 401);

    expect((await callApi('postSpecial', { params: { id: mine }, body, claims: owner })).statusCode).toBe(201);
    expect((await callApi('postSpecial', { params: { id: theirs }, body, claims: staff })).statusCode).toBe(201);

    // Owners keep the menu link, hours, description and photos; the listing itself stays with staff.
    const changes = { menuUrl: 'https://mine.example/menu', hours: 'Tue-Sun 12:00-23:00\nClosed Mondays', description: 'Small place, big grill.', photos: ['https://mine.example/1.jpg'] };
    expect((await callApi('updateRestaurantProfile', { params: { id: mine }, body: changes, claims: owner })).statusCode).toBe(202);
    expectProblem(await callApi('updateRestaurantProfile', { params: { id: mine }, body: { name: 'Renamed' }, claims: owner }), 403, 'field-not-owner-editable');
    expect((await callApi('updateRestaurantProfile', { params: { id: theirs }, body: { name: 'Renamed by staff', description: 'Staff wrote this.' }, claims: staff })).statusCode).toBe(202);
    await deliverToProjections(mine);
    expect((await callApi('getRestaurant', { params: { id: mine } })).json).toMatchObject(changes);

    const bad = await callApi('updateRestaurantProfile', { params: { id: mine }, body: { menuUrl: 'javascript:alert(1)', photos: ['ftp://x.example/a.jpg'], description: '\u202Eevil' }, claims: owner });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.description', 'body.menuUrl', 'body.photos.0']);
  });

  it('lists the restaurants the caller owns (GET /me/restaurants), rebuildable from the log', async () => {
    const owner = newPerson();
    const a = await restaurant('Zeta Grill');
    const b = await restaurant('Alpha Bar');
    const other = await restaurant('Not Mine');
    await claim(a, owner);
    await claim(b, owner);
    await claim(other, newPerson());
    for (const id of [a, b, other]) await deliverToProjections(id);

    const mine = await callApi('listMyRestaurants', { claims: owner });
    expect(mine.statusCode).toBe(200);
    expect(mine.json.items.map((r: { restaurantId: string }) => r.restaurantId)).toEqual([b, a]);
    expect(mine.json.items[0]).toMatchObject({ name: 'Alpha Bar', status: 'listed', claimId: expect.any(String), ownedSince: expect.any(String) });
    const live = await api.deps().views.get(ownedRestaurantsProjection.name, a);
    expect(live?.view).toEqual(foldProjection(ownedRestaurantsProjection, await api.deps().events.readStream(a)));
    expect((await callApi('listMyRestaurants', { claims: newPerson() })).json.items).toEqual([]);
    expectProblem(await callApi('listMyRestaurants'), 401);
  });
});

describe('specials', () => {
  it('posts with a server id and Location, lists only the current ones, withdraws, and the view is the fold of the log', async () => {
    const owner = newPerson();
    const id = await restaurant('Specials Place');
    await claim(id, owner);
    const posted: Record<string, string> = {};
    for (const [title, from, to] of [['Now on', -hour, hour], ['Later', 2 * hour, 3 * hour], ['Over', -3 * hour, -2 * hour], ['Ends soon', -hour, hour / 2]] as const) {
      const res = await callApi('postSpecial', { params: { id }, body: special(title, from, to), claims: owner });
      expect(res.statusCode).toBe(201);
      expect(res.json.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
      expect(res.headers.location).toBe(`/restaurants/${id}/specials/${res.json.id}`);
      posted[title] = res.json.id;
    }
    await deliverToProjections(id);
    const current = await callApi('listSpecials', { params: { id } });
    expect(current.statusCode).toBe(200);
    expect(current.json.specials.map((s: { title: string }) => s.title)).toEqual(['Ends soon', 'Now on']);
    expect(current.json.specials[0]).not.toHaveProperty('postedBy');

    expectProblem(await callApi('withdrawSpecial', { params: { id, specialId: posted['Now on']! }, claims: newPerson() }), 403, 'not-restaurant-owner');
    expect((await callApi('withdrawSpecial', { params: { id, specialId: posted['Now on']! }, claims: owner })).statusCode).toBe(202);
    expectProblem(await callApi('withdrawSpecial', { params: { id, specialId: posted['Now on']! }, claims: owner }), 404, 'special-not-found');
    expectProblem(await callApi('withdrawSpecial', { params: { id, specialId: ulid() }, claims: staff }), 404, 'special-not-found');
    await deliverToProjections(id);
    expect((await callApi('listSpecials', { params: { id } })).json.specials.map((s: { title: string }) => s.title)).toEqual(['Ends soon']);
    const live = await api.deps().views.get(restaurantSpecialsProjection.name, id);
    expect(live?.view).toEqual(foldProjection(restaurantSpecialsProjection, await api.deps().events.readStream(id)));

    const badKind = await callApi('postSpecial', { params: { id }, body: { ...special('x', 0, hour), kind: 'karaoke', postedBy: 'diner-x' }, claims: owner });
    expect(badKind.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body', 'body.kind']);
    const backwards = await callApi('postSpecial', { params: { id }, body: special('x', hour, 0), claims: owner });
    expect([backwards.statusCode, backwards.json.errors.map((e: { path: string }) => e.path)]).toEqual([400, ['body.validTo']]);
    expectProblem(await callApi('listSpecials', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' } }), 404);
  });

  it('makes current specials findable in search, and withdrawn ones not', async () => {
    const owner = newPerson();
    const id = await restaurant('Quiet Corner');
    await claim(id, owner);
    const res = await callApi('postSpecial', { params: { id }, body: { ...special('Flamenco night', -hour, 5 * hour), kind: 'live-music', description: 'Guitar duo from Sevilla' }, claims: owner });
    await deliverToProjections(id);
    const found = await callApi('searchRestaurants', { query: { q: 'flamenco sevilla' } });
    expect(found.json.items.map((i: { id: string }) => i.id)).toContain(id);
    await callApi('withdrawSpecial', { params: { id, specialId: res.json.id }, claims: owner });
    await deliverToProjections(id);
    expect((await callApi('searchRestaurants', { query: { q: 'flamenco sevilla' } })).json.items.map((i: { id: string }) => i.id)).not.toContain(id);
  });
});

describe('review responses', () => {
  it('lets the reviewed restaurant\'s owner or staff answer once and rewrite it; shows it under the review; refuses others and withdrawn reviews', async () => {
    const owner = newPerson();
    const author = newPerson();
    expect((await callApi('registerDiner', { body: { displayName: 'Reviewer' }, claims: author })).statusCode).toBe(201);
    const id = await restaurant('Answered');
    const elsewhere = await restaurant('Elsewhere');
    await claim(id, owner);
    await claim(elsewhere, newPerson());
    const submitted = await callApi('submitReview', { params: { id }, body: { title: 'Fine', body: 'Good fish.', stars: 4 }, claims: author });
    const review = submitted.json.id as string;

    expectProblem(await callApi('respondToReview', { params: { id: review }, body: { body: 'Thanks!' }, claims: author }), 403, 'not-restaurant-owner');
    const first = await callApi('respondToReview', { params: { id: review }, body: { body: 'Thanks!' }, claims: owner });
    expect(first.statusCode).toBe(201);
    const same = await callApi('respondToReview', { params: { id: review }, body: { body: 'Thanks!' }, claims: owner });
    expect([same.statusCode, same.json.version]).toEqual([200, first.json.version]);
    const edited = await callApi('respondToReview', { params: { id: review }, body: { body: 'Thanks, come back for the squid.' }, claims: staff });
    expect([edited.statusCode, edited.json.version]).toEqual([200, first.json.version + 1]);
    const types = (await api.deps().events.readStream(review)).map((e) => e.type);
    expect(types).toEqual(['ReviewSubmitted', 'ReviewResponded', 'ReviewResponseEdited']);

    await deliverToProjections(review);
    const shown = await callApi('getReview', { params: { id: review } });
    expect(shown.json.response).toEqual({ body: 'Thanks, come back for the squid.', respondedAt: expect.any(String), editedAt: expect.any(String) });
    const listed = await callApi('listRestaurantReviews', { params: { id } });
    expect(listed.json.items[0].response.body).toBe('Thanks, come back for the squid.');

    const otherOwner = newPerson();
    await claim(await restaurant('Third'), otherOwner);
    expectProblem(await callApi('respondToReview', { params: { id: review }, body: { body: 'Not mine' }, claims: otherOwner }), 403, 'not-restaurant-owner');
    expect((await callApi('withdrawReview', { params: { id: review }, claims: author })).statusCode).toBe(202);
    expectProblem(await callApi('respondToReview', { params: { id: review }, body: { body: 'Too late' }, claims: owner }), 409, 'review-withdrawn');
    expectProblem(await callApi('respondToReview', { params: { id: 'review-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { body: 'x' }, claims: staff }), 404);
  });
});
