import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '@forkcast/states';
import { findRestaurantId, summarizeExecution } from './executionSummary';

let id = 0;
const at = (second: number, type: string, details: Record<string, unknown> = {}): HistoryEvent => {
  id++;
  const key = /StateEntered$/.test(type) ? 'stateEnteredEventDetails' : /StateExited$/.test(type) ? 'stateExitedEventDetails' : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
  return { id, previousEventId: id - 1, timestamp: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(), type, [key]: details };
};
const input = JSON.stringify({ detail: { stream: 'claim-01X', data: { restaurantId: 'restaurant-01R' } } });

describe('summarizeExecution', () => {
  it('names the state a running execution is in, and that it waits on a task token, with its timeout', () => {
    id = 0;
    const history = [
      at(0, 'ExecutionStarted', { input }),
      at(1, 'PassStateEntered', { name: 'Remember' }),
      at(1, 'PassStateExited', { name: 'Remember' }),
      at(2, 'TaskStateEntered', { name: 'Wait for the owner' }),
      at(3, 'TaskScheduled', { resource: 'invoke.waitForTaskToken', timeoutInSeconds: 60 }),
      at(3, 'TaskStarted', {}),
      at(4, 'TaskSubmitted', {}),
    ];
    expect(summarizeExecution(history)).toEqual({
      restaurantId: 'restaurant-01R',
      currentState: { name: 'Wait for the owner', type: 'Task', since: '2026-01-01T00:00:02.000Z' },
      waitingForTaskToken: { state: 'Wait for the owner', since: '2026-01-01T00:00:03.000Z', timesOutAt: '2026-01-01T00:01:03.000Z' },
    });
    // Answered: still in the state, no longer waiting for anyone.
    expect(summarizeExecution([...history, at(9, 'TaskSucceeded', { output: '{}' })]).waitingForTaskToken).toBeUndefined();
  });

  it('gives the innermost open state inside a Map, no waiting for a plain task, and nothing current once finished', () => {
    id = 0;
    const history = [
      at(0, 'ExecutionStarted', { input: '{}' }),
      at(1, 'MapStateEntered', { name: 'Each' }),
      at(2, 'TaskStateEntered', { name: 'Send' }),
      at(2, 'TaskScheduled', { resource: 'invoke' }),
    ];
    expect(summarizeExecution(history)).toEqual({ currentState: { name: 'Send', type: 'Task', since: '2026-01-01T00:00:02.000Z' } });
    expect(summarizeExecution([...history, at(5, 'ExecutionFailed', { error: 'X' })])).toEqual({});
  });

  it('finds a restaurant id breadth first, from restaurantId or a restaurant stream', () => {
    expect(findRestaurantId({ detail: { stream: 'restaurant-01A', data: { nested: { restaurantId: 'restaurant-01B' } } } })).toBe('restaurant-01A');
    expect(findRestaurantId({ claimId: '01C', restaurant: 'restaurant-01R' })).toBe('restaurant-01R');
    expect(findRestaurantId({ detail: { stream: 'import-01I' } })).toBeUndefined();
  });
});
