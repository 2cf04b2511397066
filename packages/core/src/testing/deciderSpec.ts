import { deepStrictEqual, fail } from 'node:assert';
import type { NewEvent } from '@forkcast/events';
import type { Decider } from '../decider';

export interface DeciderThen<Event> {
  /** Asserts the command produced exactly this event (deep equality), or nothing (null). */
  then(expected: Event | null): void;
  /** Asserts the command was refused with this error class (and, if given, matching `check`). */
  thenThrows<E extends Error>(errorClass: new (...args: any[]) => E, check?: (error: E) => boolean): void;
}

/**
 * Emmett-style given/when/then for a decider, with node:assert so it runs under any test runner:
 * `deciderSpec(d).given([events]).when(command).then(event)`.
 */
export function deciderSpec<Command, Event extends NewEvent, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: Event[]) {
      return {
        when(command: Command): DeciderThen<Event> {
          const run = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected) {
              deepStrictEqual(run(), expected);
            },
            thenThrows(errorClass, check) {
              let produced: Event | null;
              try {
                produced = run();
              } catch (err) {
                if (!(err instanceof errorClass)) fail(`expected ${errorClass.name}, got ${String(err)}`);
                if (check && !check(err as never)) fail(`${errorClass.name} did not pass the check: ${(err as Error).message}`);
                return;
              }
              fail(`expected ${errorClass.name}, got ${JSON.stringify(produced)}`);
            },
          };
        },
      };
    },
  };
}
