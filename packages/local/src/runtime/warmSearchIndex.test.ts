import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoViewStore, restaurantSearchProjection, type SearchDocument } from '@forkcast/core';
import { inMemorySearchIndexStore } from '@forkcast/core/searchIndex';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { warmSearchIndex } from './warmSearchIndex';

let dynalite: DynaliteHandle;
beforeAll(async () => {
  dynalite = await startDynalite();
});
afterAll(() => dynalite?.stop());

const doc = (name: string) => ({ name }) as unknown as SearchDocument;

describe('warmSearchIndex', () => {
  it('loads the active generation only, after a rebuild left the previous one in the table', async () => {
    const views = new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views });
    const name = restaurantSearchProjection.name;
    await views.put({ projection: name, stream: 'restaurant-A', version: 1, view: doc('A old') }, undefined);
    await views.put({ projection: name, stream: 'restaurant-B', version: 1, view: doc('B, delisted since') }, undefined);
    const generation = await views.allocateGeneration(name);
    await views.writeFresh(generation, [{ item: { projection: name, stream: 'restaurant-A', version: 2, view: doc('A new') } }]);
    expect(await views.activate(name, 0, generation)).toBe(true);

    const applied: [string, unknown][] = [];
    const index = { ...inMemorySearchIndexStore(), apply: async (stream: string, view: SearchDocument) => void applied.push([stream, view]) };
    expect(await warmSearchIndex(dynalite.client, dynalite.tables.views, index)).toBe(1);
    expect(applied).toEqual([['restaurant-A', doc('A new')]]);
  });
});
