import { describe, expect, it } from 'vitest';
import { memoryObjectStore } from '../../testing/memoryObjectStore';
import { feedbackKey } from './recommendationData';
import { objectRecommendationSignalsStore, recommendationSignalsSnapshotKey } from './recommendationSignalsStore';

const at = '2026-01-01T00:00:00.000Z';

describe('objectRecommendationSignalsStore', () => {
  it('starts empty, and what the writer applies reaches a reader once its copy is stale', async () => {
    const objects = memoryObjectStore();
    let clock = 0;
    const writer = objectRecommendationSignalsStore(objects);
    const reader = objectRecommendationSignalsStore(objects, { maxAgeMs: 1000, now: () => clock });
    expect((await reader.current()).feedback.size).toBe(0);
    await writer.apply('visit-1', { kind: 'visit', diner: 'diner-a', restaurant: 'r1', visitedOn: '2026-01-01', overall: 2, factors: { food: 2 }, at });
    await writer.apply('diner-a', { kind: 'preferences', diner: 'diner-a', cuisines: ['Thai'] });
    expect(objects.objects.has(recommendationSignalsSnapshotKey)).toBe(true);
    expect((await reader.current()).feedback.size).toBe(0);
    clock = 1001;
    const data = await reader.current();
    expect(data.feedback.get(feedbackKey('diner-a', 'r1'))).toMatchObject({ overall: 2, factors: { food: 2 } });
    expect(data.preferences.get('diner-a')).toEqual({ dinerId: 'diner-a', cuisines: ['Thai'] });
    // A deleted visit leaves the snapshot, not just the reader's copy.
    await writer.apply('visit-1', null);
    clock = 2002;
    expect((await reader.current()).feedback.size).toBe(0);
    expect(JSON.parse(objects.objects.get(recommendationSignalsSnapshotKey)!.toString()).items.map(([s]: [string]) => s)).toEqual(['diner-a']);
  });
});
