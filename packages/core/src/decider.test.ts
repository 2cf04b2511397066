import { describe, expect, it } from 'vitest';
import type { NewEvent } from '@forkcast/events';
import type { Decider } from './decider';

type Marked = NewEvent<'Marked', { n: number }>;

describe('a decider', () => {
  it('emits at most one event per command: the type refuses two', () => {
    const one: Decider<{ n: number }, Marked, null> = {
      eventTypes: ['Marked'],
      initialState: () => null,
      evolve: (s) => s,
      decide: (command) => ({ type: 'Marked', data: { n: command.n } }),
    };
    const two: Decider<{ n: number }, Marked, null> = {
      eventTypes: ['Marked'],
      initialState: () => null,
      evolve: (s) => s,
      // @ts-expect-error One command appends at most one event (DESIGN.md, "The log"); two is an effect for a policy.
      decide: (command) => [{ type: 'Marked', data: { n: command.n } }, { type: 'Marked', data: { n: command.n + 1 } }],
    };
    expect(one.decide({ n: 1 }, null)).toEqual({ type: 'Marked', data: { n: 1 } });
    expect(Array.isArray(two.decide({ n: 1 }, null))).toBe(true);
  });

  it('names only event types of its own union', () => {
    const decider: Decider<{ n: number }, Marked, null> = {
      // @ts-expect-error 'Other' is not an event of this decider.
      eventTypes: ['Marked', 'Other'],
      initialState: () => null,
      evolve: (s) => s,
      decide: () => null,
    };
    expect(decider.eventTypes).toHaveLength(2);
  });
});
