import { StatesEngine } from './statesEngine';
import { VirtualClock } from './virtualClock';
import type { StateMachineDefinition } from './types';
import type { HistoryEvent } from '../history/historyEvent';

/** An engine on a virtual clock with one state machine, for tests. */
export function testEngine(definition: StateMachineDefinition, options: { clock?: VirtualClock; random?: () => number } = {}) {
  const clock = options.clock ?? new VirtualClock(Date.UTC(2025, 0, 1));
  const engine = new StatesEngine({ clock, random: options.random });
  const machine = engine.createStateMachine('test-machine', definition);
  return { clock, engine, machine };
}

/** A deep copy, as a history read back from storage would be. */
export function persisted(history: HistoryEvent[]): HistoryEvent[] {
  return JSON.parse(JSON.stringify(history)) as HistoryEvent[];
}

export function eventTypes(history: HistoryEvent[]): string[] {
  return history.map((e) => e.type);
}
