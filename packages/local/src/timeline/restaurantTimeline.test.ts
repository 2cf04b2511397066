import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@forkcast/events';
import { restaurantTimeline } from './restaurantTimeline';

const event = (id: string, stream: string, type: string, data: Record<string, unknown>, meta: Partial<EventEnvelope['meta']> = {}): EventEnvelope =>
  ({ id, stream, version: 1, type, schemaVersion: 1, occurredAt: `2026-01-01T00:00:0${id.at(-1)}.000Z`, data, meta: { actor: { id: 'a', role: 'staff' }, correlationId: id, ...meta } }) as EventEnvelope;

describe('restaurantTimeline', () => {
  const log = [
    event('E3', 'review-01V', 'ReviewResponded', { text: 'thanks' }),
    event('E1', 'restaurant-01R', 'RestaurantListed', { name: 'Tasca' }),
    event('E2', 'review-01V', 'ReviewSubmitted', { restaurant: 'restaurant-01R' }),
    event('E4', 'restaurant-01O', 'RestaurantListed', { name: 'Other' }),
    event('E5', 'restaurant-01R', 'RestaurantClaimed', {}, { idempotencyKey: 'onboard-1:claimed' }),
  ];

  it("takes the restaurant's stream and every stream that names it, whole, in time order", () => {
    const entries = restaurantTimeline('restaurant-01R', log, []);
    expect(entries.map((e) => e.event.id)).toEqual(['E1', 'E2', 'E3', 'E5']);
  });

  it('links the executions an event started (its EventBridge event was the input) and the ones that appended it', () => {
    const executions = [
      { name: 'onboard-1', workflow: 'restaurant-onboarding', input: JSON.stringify({ detail: { id: 'E1' } }) },
      { name: 'other', workflow: 'import-follow-up', input: 'not json' },
    ];
    const entries = restaurantTimeline('restaurant-01R', log, executions);
    expect(entries[0]!.startedExecutions).toEqual([{ name: 'onboard-1', workflow: 'restaurant-onboarding' }]);
    expect(entries[3]!.emittedBy).toEqual([{ name: 'onboard-1', workflow: 'restaurant-onboarding' }]);
    expect(entries[1]!.startedExecutions).toEqual([]);
    expect(entries[1]!.emittedBy).toEqual([]);
  });

  it('knows no events of a restaurant that does not exist', () => {
    expect(restaurantTimeline('restaurant-01X', log, [])).toEqual([]);
  });
});
