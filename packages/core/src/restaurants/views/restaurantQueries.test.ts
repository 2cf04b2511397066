import { describe, expect, it } from 'vitest';
import { useDynamoStores } from '../../testing/useDynamoStores';
import { sampleRestaurant } from '../../testing/sampleRestaurant';
import { InvalidCursorError } from '../../projections/viewCursor';
import { projectEvent } from '../../projections/projectEvent';
import { handleCommand } from '../../commands/handleCommand';
import { restaurantDecider } from '../restaurantDecider';
import { newRestaurantStream } from '../restaurantStream';
import type { RestaurantCommand } from '../restaurantCommands';
import { restaurantProfileProjection } from './restaurantProfileProjection';
import { restaurantsByCityProjection } from './restaurantsByCityProjection';
import { getRestaurantProfile, listRestaurantsByCity } from './restaurantQueries';
import { cityKey } from './cityKey';

const { store, views } = await useDynamoStores();

async function command(stream: string, cmd: RestaurantCommand) {
  const { event } = await handleCommand({ store, decider: restaurantDecider, stream, command: cmd, actor: { id: 's', role: 'staff' }, correlationId: 'c' });
  if (event) {
    await projectEvent({ projection: restaurantProfileProjection, event, views, store });
    await projectEvent({ projection: restaurantsByCityProjection, event, views, store });
  }
}

describe('restaurant queries', () => {
  it('normalises city keys', () => {
    expect(cityKey('  São   Paulo ')).toBe(cityKey('sao paulo'));
    expect(cityKey('New Delhi')).not.toBe(cityKey('Delhi'));
  });

  it('pages a city by name with an opaque cursor; delisted and other cities stay out', async () => {
    const names = ['Zest', 'apple tree', 'Bistro', 'Mango', 'Curry House', 'Olive'];
    const streams: Record<string, string> = {};
    for (const name of names) {
      streams[name] = newRestaurantStream();
      await command(streams[name]!, { type: 'ListRestaurant', data: sampleRestaurant({ name, city: 'Pagetown', externalId: name }) });
    }
    await command(newRestaurantStream(), { type: 'ListRestaurant', data: sampleRestaurant({ name: 'Elsewhere', city: 'Othertown' }) });
    await command(streams['Mango']!, { type: 'DelistRestaurant', data: { reason: 'closed' } });
    await command(streams['Olive']!, { type: 'UpdateRestaurantProfile', data: { name: 'Aaron Olive' } });

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listRestaurantsByCity(views, 'PAGETOWN', { limit: 2, cursor });
      seen.push(...page.items.map((r) => r.name));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(['Aaron Olive', 'apple tree', 'Bistro', 'Curry House', 'Zest']);
    expect(pages).toBe(3);
    await expect(listRestaurantsByCity(views, 'Pagetown', { cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('refuses a cursor issued for another city instead of handing it to DynamoDB', async () => {
    for (const city of ['Lisboa Cursor', 'Porto Cursor']) {
      for (const name of ['A', 'B', 'C']) await command(newRestaurantStream(), { type: 'ListRestaurant', data: sampleRestaurant({ name, city, externalId: `${city}-${name}` }) });
    }
    const lisbon = await listRestaurantsByCity(views, 'Lisboa Cursor', { limit: 1 });
    expect(lisbon.cursor).toBeDefined();
    await expect(listRestaurantsByCity(views, 'Porto Cursor', { limit: 1, cursor: lisbon.cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    // The same city written differently is the same query, so its cursor is good there.
    expect((await listRestaurantsByCity(views, '  LISBOA   cursor ', { limit: 1, cursor: lisbon.cursor })).items.map((r) => r.name)).toEqual(['B']);
  });

  it('reads a profile with the version it reflects, delisted ones marked', async () => {
    const stream = newRestaurantStream();
    await command(stream, { type: 'ListRestaurant', data: sampleRestaurant({ contact: { website: 'https://example.org' } }) });
    await command(stream, { type: 'UpdateRestaurantProfile', data: { contact: null } });
    await command(stream, { type: 'DelistRestaurant', data: { reason: 'closed for good' } });
    const profile = await getRestaurantProfile(views, stream);
    expect(profile?.version).toBe(3);
    expect(profile?.view).toMatchObject({ id: stream, status: 'delisted', delistedReason: 'closed for good' });
    expect(profile?.view).not.toHaveProperty('contact');
    expect(await getRestaurantProfile(views, newRestaurantStream())).toBeUndefined();
  });
});
