import { describe, expect, it } from 'vitest';
import { memoryObjectStore } from '../../testing/memoryObjectStore';
import type { SearchDocument } from './restaurantSearchProjection';
import { objectSearchIndexStore, searchSnapshotKey } from './searchIndexStore';

const doc = (id: string, name: string): SearchDocument => ({ id, name, location: { lat: 1, lon: 2 }, cuisines: ['Thai'], priceRange: 2, city: 'Town', specials: '' });

describe('objectSearchIndexStore', () => {
  it('starts empty without a snapshot, and a writer puts one that readers load', async () => {
    const objects = memoryObjectStore();
    const writer = objectSearchIndexStore(objects);
    expect((await writer.current()).size).toBe(0);
    await writer.apply('r1', doc('r1', 'Bangkok Lane'));
    expect(objects.objects.has(searchSnapshotKey)).toBe(true);
    const reader = objectSearchIndexStore(objects);
    expect((await reader.current()).search({ text: 'bangkok', limit: 5 }).items.map((i) => i.id)).toEqual(['r1']);
  });

  it('a reader keeps its loaded snapshot until it is stale, then reloads', async () => {
    const objects = memoryObjectStore();
    let now = 0;
    const writer = objectSearchIndexStore(objects);
    const reader = objectSearchIndexStore(objects, { maxAgeMs: 1000, now: () => now });
    await writer.apply('r1', doc('r1', 'Bangkok Lane'));
    expect((await reader.current()).size).toBe(1);
    await writer.apply('r2', doc('r2', 'Tasca Nova'));
    now = 500;
    expect((await reader.current()).size).toBe(1);
    now = 1500;
    expect((await reader.current()).size).toBe(2);
    await writer.apply('r1', null);
    now = 3000;
    expect((await reader.current()).search({ text: 'bangkok', limit: 5 }).total).toBe(0);
  });
});
