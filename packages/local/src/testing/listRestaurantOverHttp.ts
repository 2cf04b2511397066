import { expect } from 'vitest';
import { callRuntime } from './callRuntime';

/** A restaurant staff list through POST /restaurants, with the contact staff add when given. Its stream id. */
export async function listRestaurantOverHttp(runtime: { url: string }, staffToken: string, name: string, options: { city?: string; contact?: { email: string; name?: string } } = {}): Promise<string> {
  const created = await callRuntime(runtime, 'POST', '/restaurants', {
    token: staffToken,
    body: { name, city: options.city ?? 'Testville', address: `${name} street 1`, location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 2 },
  });
  expect(created.status, created.text).toBe(201);
  const restaurant = created.json.stream as string;
  if (options.contact) {
    const added = await callRuntime(runtime, 'POST', `/restaurants/${restaurant}/contacts`, { token: staffToken, body: options.contact });
    expect(added.status, added.text).toBe(201);
  }
  return restaurant;
}
