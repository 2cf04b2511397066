import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { foldProjection, restaurantContactsProjection } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { diner, staff } from '../testing/apiEvent';
import { useTestApi } from '../testing/useTestApi';

const api = useTestApi();
const { callApi, deliverToProjections } = api;

const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
async function restaurant(): Promise<string> {
  const res = await callApi('listRestaurant', { body: profile, claims: staff });
  await deliverToProjections(res.json.stream);
  return res.json.stream as string;
}

describe('restaurant contacts (staff)', () => {
  it('adds and corrects contacts, lists them for staff only, and keeps them out of the public profile', async () => {
    const id = await restaurant();
    const added = await callApi('addRestaurantContact', { params: { id }, body: { email: 'manager@tasca.example', name: 'Ana Silva', phone: '+351 21 000 0000' }, claims: staff });
    expect(added.statusCode).toBe(201);
    const contactId = added.json.id as string;
    expect(added.headers.location).toBe(`/restaurants/${id}/contacts/${contactId}`);
    const corrected = await callApi('correctRestaurantContact', { params: { id, contactId }, body: { phone: null, name: 'Ana M. Silva' }, claims: staff, headers: { 'if-match': `"${added.json.version}"` } });
    expect(corrected.statusCode).toBe(202);
    await deliverToProjections(id);

    const listed = await callApi('listRestaurantContacts', { params: { id }, claims: staff });
    expect(listed.statusCode).toBe(200);
    expect(listed.json.contacts).toEqual([expect.objectContaining({ contactId, email: 'manager@tasca.example', name: 'Ana M. Silva' })]);
    expect(listed.json.contacts[0]).not.toHaveProperty('phone');
    expect(listed.json).toEqual(foldProjection(restaurantContactsProjection, await api.deps().events.readStream(id)));
    expect(JSON.stringify((await callApi('getRestaurant', { params: { id } })).json)).not.toContain('manager@tasca.example');
    expect((await callApi('listRestaurantContacts', { params: { id }, claims: diner })).statusCode).toBe(403);
    expect((await callApi('listRestaurantContacts', { params: { id } })).statusCode).toBe(401);
  });

  it('answers 400, 404, 409 and 412 where they apply', async () => {
    const id = await restaurant();
    const bad = await callApi('addRestaurantContact', { params: { id }, body: { email: 'not an email', name: '\u202Eevil' }, claims: staff });
    expect(bad.statusCode).toBe(400);
    expect(bad.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.email', 'body.name']);
    expect((await callApi('correctRestaurantContact', { params: { id, contactId: '01JH0000000000000000000000' }, body: {}, claims: staff })).statusCode).toBe(400);
    expect((await callApi('addRestaurantContact', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, body: { email: 'a@b.example' }, claims: staff })).statusCode).toBe(404);
    const unknown = await callApi('correctRestaurantContact', { params: { id, contactId: '01JH0000000000000000000000' }, body: { name: 'X' }, claims: staff });
    expect([unknown.statusCode, unknown.json.code]).toEqual([404, 'contact-not-found']);
    expect((await callApi('listRestaurantContacts', { params: { id: 'restaurant-01ARZ3NDEKTSV4RRFFQ69G5FAV' }, claims: staff })).statusCode).toBe(404);
    await callApi('addRestaurantContact', { params: { id }, body: { email: 'owner@tasca.example' }, claims: staff });
    const twice = await callApi('addRestaurantContact', { params: { id }, body: { email: 'OWNER@tasca.example' }, claims: staff });
    expect([twice.statusCode, twice.json.code]).toEqual([409, 'contact-email-known']);
    expect((await callApi('addRestaurantContact', { params: { id }, body: { email: 'x@tasca.example' }, claims: staff, headers: { 'if-match': '"1"' } })).statusCode).toBe(412);
  });
});
