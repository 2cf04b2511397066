import type { Clock } from '../engine/clock';
import { detailsKeyOf, type HistoryEvent } from './historyEvent';

/**
 * Appends history events, or, while an execution is being rebuilt from a stored history, hands
 * back the recorded twin of each event the interpreter re-emits. Twins are found by causal link
 * (type, previousEventId, state name or iteration index), not by position, so branches and
 * iterations that interleave differently on replay still find their own events.
 */
export class HistoryRecorder {
  readonly events: HistoryEvent[];
  private readonly unreplayed = new Map<string, HistoryEvent[]>();
  private readonly listeners: ((e: HistoryEvent) => void)[] = [];

  /** `replayable`: the recorded events the interpreter will re-emit (default: all of them). */
  constructor(private readonly clock: Clock, recorded: HistoryEvent[] = [], replayable: readonly HistoryEvent[] = recorded) {
    this.events = [...recorded];
    this.replay(replayable);
  }

  /** Makes recorded events available as twins again (a redrive replays what succeeded). */
  replay(replayable: readonly HistoryEvent[]): void {
    this.unreplayed.clear();
    for (const e of replayable) {
      const k = keyOf(e.type, e.previousEventId, e[detailsKeyOf(e.type)]);
      const list = this.unreplayed.get(k) ?? [];
      list.push(e);
      this.unreplayed.set(k, list);
    }
  }

  get replaying(): boolean {
    return this.unreplayed.size > 0;
  }

  onEvent(listener: (e: HistoryEvent) => void): void {
    this.listeners.push(listener);
  }

  /** Emits an event; `replayed` tells whether it came from the stored history. */
  emit(type: string, previousEventId: number, details?: object): { event: HistoryEvent; replayed: boolean } {
    const k = this.unreplayed.size > 0 ? keyOf(type, previousEventId, details) : '';
    const twins = k ? this.unreplayed.get(k) : undefined;
    if (twins && twins.length > 0) {
      const event = twins.shift()!;
      if (twins.length === 0) this.unreplayed.delete(k);
      return { event, replayed: true };
    }
    const event: HistoryEvent = {
      id: this.events.length + 1,
      previousEventId,
      timestamp: new Date(this.clock.now()).toISOString(),
      type,
    };
    if (details !== undefined) event[detailsKeyOf(type)] = details;
    this.events.push(event);
    for (const l of this.listeners) l(event);
    return { event, replayed: false };
  }

  /** A recorded event that answers an earlier one (e.g. TaskSucceeded for a TaskStarted), if any. */
  recordedFollowUp(previousEventId: number, types?: readonly string[]): HistoryEvent | undefined {
    if (!types) {
      for (const [k, list] of this.unreplayed) if (k.split('|')[1] === String(previousEventId) && list.length > 0) return list[0];
      return undefined;
    }
    for (const t of types) {
      for (const [k, list] of this.unreplayed) {
        if (k.startsWith(`${t}|${previousEventId}|`) && list.length > 0) return list[0];
      }
    }
    return undefined;
  }
}

function keyOf(type: string, previousEventId: number, details: unknown): string {
  const d = (details ?? {}) as { name?: unknown; index?: unknown };
  const tag = d.index !== undefined ? `#${String(d.index)}` : d.name !== undefined ? String(d.name) : '';
  return `${type}|${previousEventId}|${tag}`;
}
