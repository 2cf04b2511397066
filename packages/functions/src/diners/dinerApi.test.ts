import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { dinerStreamFor } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { dinerRegisteredSchema } from '@forkcast/events';
import { staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';
import { build as buildSignUpTrigger } from './registerDinerOnSignUp';

const api = useTestApi();
const { callApi, deliverToProjections } = api;
const { source: _s, externalId: _e, ...restaurantProfile } = sampleRestaurant();

let n = 0;
const newDiner = () => ({ sub: `diner-sub-${Date.now()}-${n++}`, 'cognito:groups': '[diner]' });
const today = new Date().toISOString().slice(0, 10);

function expectProblem(res: { statusCode: number; headers: Record<string, string>; json: any }, status: number, type?: string) {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toBe('application/problem+json');
  if (type) expect(res.json.type).toBe(`urn:forkcast:problem:${type}`);
}

async function register(claims: Record<string, string>, body: Record<string, unknown> = { displayName: 'Ana' }) {
  const res = await callApi('registerDiner', { body, claims });
  expect(res.statusCode).toBe(201);
  await deliverToProjections(res.json.stream);
  return res.json as { stream: string; referralCode: string };
}

async function restaurant() {
  const res = await callApi('listRestaurant', { body: restaurantProfile, claims: staff });
  expect(res.statusCode).toBe(201);
  await deliverToProjections(res.json.stream);
  return res.json.id as string;
}

describe('diner profile: POST, PATCH, GET /me', () => {
  it('registers the caller, idempotently, and reads the profile back', async () => {
    const claims = newDiner();
    const body = { displayName: 'Ana Ruiz', homeCity: 'Cuernavaca', homeLocation: { lat: 18.9, lon: -99.2 }, cuisines: ['Mexican'] };
    expectProblem(await callApi('getMe', { claims }), 404, 'domain/diner-not-registered');

    const first = await callApi('registerDiner', { body, claims });
    expect(first.statusCode).toBe(201);
    expect(first.json).toEqual({ id: dinerStreamFor(claims.sub), stream: dinerStreamFor(claims.sub), version: 1, referralCode: expect.stringMatching(/^[0-9A-Z]{10}$/) });
    const again = await callApi('registerDiner', { body: { ...body }, claims });
    expect(again.statusCode).toBe(200);
    expect(again.json).toEqual(first.json);
    expectProblem(await callApi('registerDiner', { body: { ...body, displayName: 'Someone else' }, claims }), 409, 'domain/diner-already-registered');

    await deliverToProjections(first.json.stream);
    const me = await callApi('getMe', { claims });
    expect(me.statusCode).toBe(200);
    expect(me.json).toEqual(expect.objectContaining({ ...body, id: first.json.id, referralCode: first.json.referralCode, version: 1 }));
    expect(me.headers.etag).toBe('"1"');
    // The stream id reveals nothing of the subject.
    expect(first.json.id).not.toContain(claims.sub);
  });

  it('changes the profile with If-Match; stale versions are 412, unregistered callers 409', async () => {
    const claims = newDiner();
    await register(claims, { displayName: 'Bea', homeCity: 'Puebla' });
    const patched = await callApi('updateDinerProfile', { body: { homeCity: null, cuisines: ['Thai'] }, claims, headers: { 'if-match': '"1"' } });
    expect(patched.statusCode).toBe(202);
    expect(patched.json.version).toBe(2);
    expectProblem(await callApi('updateDinerProfile', { body: { displayName: 'B' }, claims, headers: { 'if-match': '"1"' } }), 412);
    await deliverToProjections(patched.json.stream);
    const me = await callApi('getMe', { claims });
    expect(me.json).toEqual(expect.objectContaining({ displayName: 'Bea', cuisines: ['Thai'] }));
    expect(me.json).not.toHaveProperty('homeCity');

    expectProblem(await callApi('updateDinerProfile', { body: { displayName: 'X' }, claims: newDiner() }), 409, 'domain/diner-not-registered');
  });

  it('400 for bad bodies, 401 without a token, 403 for a token without the diner role', async () => {
    const claims = newDiner();
    expectProblem(await callApi('registerDiner', { body: { displayName: '' }, claims }), 400);
    expectProblem(await callApi('registerDiner', { body: { displayName: 'Ok', referralCode: 'not a code' }, claims }), 400);
    expectProblem(await callApi('registerDiner', { body: { displayName: 'Ok', stream: 'diner-x' }, claims }), 400);
    expectProblem(await callApi('registerDiner', { body: { displayName: 'Ok\u202E' }, claims }), 400);
    expectProblem(await callApi('updateDinerProfile', { body: {}, claims }), 400);
    expectProblem(await callApi('registerDiner', { body: { displayName: 'Ok' } }), 401);
    expectProblem(await callApi('getMe', {}), 401);
    expectProblem(await callApi('getMe', { claims: staff }), 403);
    expectProblem(await callApi('recordVisit', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { visitedOn: today, overall: 2 }, claims: staff }), 403);
  });

  it('registers on Cognito sign-up confirmation, once, on the stream POST /me uses', async () => {
    const sub = `cognito-${Date.now()}`;
    const event = {
      version: '1', region: 'eu-west-1', userPoolId: 'eu-west-1_Example', userName: sub, triggerSource: 'PostConfirmation_ConfirmSignUp',
      callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
      request: { userAttributes: { sub, email: 'ana@example.org', email_verified: 'true', name: 'Ana Cognito', 'cognito:user_status': 'CONFIRMED' } },
      response: {},
    } as PostConfirmationTriggerEvent;
    const trigger = buildSignUpTrigger(api.deps());
    expect(await trigger(event)).toBe(event);
    await trigger(event);
    await trigger({ ...event, triggerSource: 'PostConfirmation_ConfirmForgotPassword' });
    const log = await api.deps().events.readStream(dinerStreamFor(sub));
    expect(log.map((e) => e.type)).toEqual(['DinerRegistered']);
    // The verified email is kept, in the one field the catalog marks personal (reviews' notifications write
    // to it), and nowhere else in the event.
    expect(log[0]!.data).toEqual(expect.objectContaining({ displayName: 'Ana Cognito', email: 'ana@example.org' }));
    expect(JSON.stringify({ ...log[0], data: { ...log[0]!.data, email: undefined } })).not.toContain('ana@example.org');
    expect(dinerRegisteredSchema.shape.email.unwrap().meta()).toMatchObject({ personal: true });
    // POST /me with what the trigger registered is the same no-op.
    const claims = { sub, 'cognito:groups': '[diner]' };
    const res = await callApi('registerDiner', { body: { displayName: 'Ana Cognito' }, claims });
    expect(res.statusCode).toBe(200);
  });

  it('keeps the email an ID token verified when POST /me registers, and only a verified one', async () => {
    const withEmail = { ...newDiner(), email: 'bea@example.org', email_verified: 'true' };
    const first = await callApi('registerDiner', { body: { displayName: 'Bea' }, claims: withEmail });
    expect(first.statusCode).toBe(201);
    expect((await api.deps().events.readStream(first.json.stream))[0]!.data).toEqual(expect.objectContaining({ email: 'bea@example.org' }));
    // The same token again, or an access token (no email) of the same person: the same no-op.
    expect((await callApi('registerDiner', { body: { displayName: 'Bea' }, claims: withEmail })).statusCode).toBe(200);
    const { email: _, email_verified: _v, ...accessToken } = withEmail;
    expect((await callApi('registerDiner', { body: { displayName: 'Bea' }, claims: accessToken })).statusCode).toBe(200);

    for (const claims of [{ ...newDiner(), email: 'cy@example.org', email_verified: 'false' }, { ...newDiner(), email: 'cy@example.org' }, { ...newDiner(), email: 'not an address', email_verified: 'true' }]) {
      const res = await callApi('registerDiner', { body: { displayName: 'Cy' }, claims });
      expect(res.statusCode).toBe(201);
      expect((await api.deps().events.readStream(res.json.stream))[0]!.data).not.toHaveProperty('email');
    }
  });
});

describe('visits', () => {
  it('records, corrects, lists and deletes a visit; ratings follow', async () => {
    const claims = newDiner();
    await register(claims);
    const id = await restaurant();
    const recorded = await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 2, factors: { food: 2, service: 1 }, note: 'Great mole' }, claims });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json).toEqual({ id: expect.stringMatching(/^visit-/), stream: recorded.json.id, version: 1 });
    expect(recorded.headers.location).toBe(`/visits/${recorded.json.id}`);
    const visit = recorded.json.id as string;
    await deliverToProjections(visit);

    const listed = await callApi('listMyVisits', { claims });
    expect(listed.statusCode).toBe(200);
    expect(listed.json.items).toEqual([expect.objectContaining({ id: visit, restaurant: id, overall: 2, factors: { food: 2, service: 1 }, note: 'Great mole' })]);
    const ratings = await callApi('getRestaurantRatings', { params: { id } });
    expect(ratings.statusCode).toBe(200);
    expect(ratings.json).toEqual(expect.objectContaining({
      restaurant: id, visits: 1,
      overall: { count: 1, mean: 2, distribution: { 0: 0, 1: 0, 2: 1 } },
    }));
    expect(ratings.json.factors.service).toEqual({ count: 1, mean: 1, distribution: { 0: 0, 1: 1, 2: 0 } });
    expect(ratings.json.factors.wait).toEqual({ count: 0, distribution: { 0: 0, 1: 0, 2: 0 } });

    const corrected = await callApi('correctVisit', { params: { id: visit }, body: { overall: 0, note: null }, claims, headers: { 'if-match': '"1"' } });
    expect(corrected.statusCode).toBe(202);
    expect(corrected.json.version).toBe(2);
    expectProblem(await callApi('correctVisit', { params: { id: visit }, body: { overall: 1 }, claims, headers: { 'if-match': '"1"' } }), 412);
    await deliverToProjections(visit);
    expect((await callApi('getRestaurantRatings', { params: { id } })).json.overall.mean).toBe(0);
    expect((await callApi('listMyVisits', { claims })).json.items[0]).not.toHaveProperty('note');

    const deleted = await callApi('deleteVisit', { params: { id: visit }, claims });
    expect(deleted.statusCode).toBe(202);
    await deliverToProjections(visit);
    expect((await callApi('listMyVisits', { claims })).json.items).toEqual([]);
    expect((await callApi('getRestaurantRatings', { params: { id } })).json.visits).toBe(0);
    expectProblem(await callApi('deleteVisit', { params: { id: visit }, claims }), 404, 'domain/visit-not-found');
  });

  it("answers 404 for another diner's visit, as for one that does not exist", async () => {
    const owner = newDiner();
    const other = newDiner();
    await register(owner);
    await register(other);
    const id = await restaurant();
    const visit = (await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 1 }, claims: owner })).json.id as string;
    expectProblem(await callApi('correctVisit', { params: { id: visit }, body: { overall: 0 }, claims: other }), 404, 'domain/visit-not-found');
    expectProblem(await callApi('deleteVisit', { params: { id: visit }, claims: other }), 404, 'domain/visit-not-found');
    expectProblem(await callApi('deleteVisit', { params: { id: 'visit-not-an-id' }, claims: other }), 404, 'domain/visit-not-found');
    await deliverToProjections(visit);
    expect((await callApi('listMyVisits', { claims: other })).json.items).toEqual([]);
    expect((await api.deps().events.readStream(visit)).map((e) => e.type)).toEqual(['VisitRecorded']);
  });

  it('refuses unregistered diners (409), unknown restaurants (404), future days (409) and bad scores (400)', async () => {
    const claims = newDiner();
    const id = await restaurant();
    expectProblem(await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 2 }, claims }), 409, 'domain/diner-not-registered');
    await register(claims);
    expectProblem(await callApi('recordVisit', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { visitedOn: today, overall: 2 }, claims }), 404, 'domain/restaurant-not-found');
    expectProblem(await callApi('recordVisit', { params: { id: 'nonsense' }, body: { visitedOn: today, overall: 2 }, claims }), 404);
    expectProblem(await callApi('recordVisit', { params: { id }, body: { visitedOn: '2999-01-01', overall: 2 }, claims }), 409, 'domain/visit-in-future');
    expectProblem(await callApi('recordVisit', { params: { id }, body: { visitedOn: '2000-01-01', overall: 2 }, claims }), 409, 'domain/visit-before-listing');
    const bad = await callApi('recordVisit', { params: { id }, body: { visitedOn: '2026-02-30', overall: 3, factors: { food: 5, ambience: 1 } }, claims });
    expectProblem(bad, 400);
    expect(bad.json.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'body.overall' }), expect.objectContaining({ path: 'body.visitedOn' }), expect.objectContaining({ path: 'body.factors.food' }),
    ]));
    expectProblem(await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 1, diner: 'diner-someone' }, claims }), 400);
    expectProblem(await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 1 } }), 401);
  });

  it('makes a retried POST with the same Idempotency-Key record one visit', async () => {
    const claims = newDiner();
    await register(claims);
    const id = await restaurant();
    const headers = { 'idempotency-key': `visit-key-${Date.now()}` };
    const first = await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 2 }, claims, headers });
    const second = await callApi('recordVisit', { params: { id }, body: { visitedOn: today, overall: 2 }, claims, headers });
    expect(first.statusCode).toBe(201);
    expect(second.json).toEqual(first.json);
    expect(await api.deps().events.readStream(first.json.stream)).toHaveLength(1);
  });
});

describe('quick ratings', () => {
  it('keeps one live rating per diner and restaurant: PUT rates then revises, DELETE withdraws', async () => {
    const claims = newDiner();
    const other = newDiner();
    await register(claims);
    await register(other);
    const id = await restaurant();
    const first = await callApi('rateRestaurant', { params: { id }, body: { stars: 4, comment: 'Good' }, claims });
    expect(first.statusCode).toBe(201);
    const again = await callApi('rateRestaurant', { params: { id }, body: { stars: 4, comment: 'Good' }, claims });
    expect(again.statusCode).toBe(202);
    expect(again.json).toEqual(first.json);
    const revised = await callApi('rateRestaurant', { params: { id }, body: { stars: 2 }, claims, headers: { 'if-match': '"1"' } });
    expect(revised.statusCode).toBe(202);
    expect(revised.json).toEqual({ ...first.json, version: 2 });
    expectProblem(await callApi('rateRestaurant', { params: { id }, body: { stars: 3 }, claims, headers: { 'if-match': '"1"' } }), 412);
    expect((await callApi('rateRestaurant', { params: { id }, body: { stars: 5 }, claims: other })).statusCode).toBe(201);
    await deliverToProjections(first.json.stream);

    const mine = await callApi('listMyRatings', { claims });
    expect(mine.json.items).toEqual([expect.objectContaining({ restaurant: id, stars: 2 })]);
    expect(mine.json.items[0]).not.toHaveProperty('comment');

    const withdrawn = await callApi('withdrawRating', { params: { id }, claims });
    expect(withdrawn.statusCode).toBe(202);
    expectProblem(await callApi('withdrawRating', { params: { id }, claims }), 404, 'domain/rating-not-found');
    await deliverToProjections(first.json.stream);
    expect((await callApi('listMyRatings', { claims })).json.items).toEqual([]);
    expect((await callApi('rateRestaurant', { params: { id }, body: { stars: 3 }, claims })).statusCode).toBe(201);
    await deliverToProjections(first.json.stream);
    const ratings = await callApi('getRestaurantRatings', { params: { id } });
    expect(ratings.json.stars).toEqual({ count: 1, mean: 3, distribution: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 0 } });
  });

  it('400 for stars out of range, 401 without a token, 404 for an unknown restaurant, 409 before registering', async () => {
    const claims = newDiner();
    const id = await restaurant();
    expectProblem(await callApi('rateRestaurant', { params: { id }, body: { stars: 3 }, claims }), 409, 'domain/diner-not-registered');
    await register(claims);
    expectProblem(await callApi('rateRestaurant', { params: { id }, body: { stars: 6 }, claims }), 400);
    expectProblem(await callApi('rateRestaurant', { params: { id }, body: { stars: 2.5 }, claims }), 400);
    expectProblem(await callApi('rateRestaurant', { params: { id }, body: { stars: 3 } }), 401);
    expectProblem(await callApi('rateRestaurant', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { stars: 3 }, claims }), 404, 'domain/restaurant-not-found');
    expectProblem(await callApi('withdrawRating', { params: { id }, claims }), 404, 'domain/rating-not-found');
  });
});
