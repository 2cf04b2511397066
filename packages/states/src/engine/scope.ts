import type { Json, JsonObject } from './types';

/**
 * A thread of control: the execution's top level, one Parallel branch or one Map iteration.
 * Variables follow AWS's scoping: a thread reads its own and every enclosing thread's variables,
 * but its assignments stay its own, so an outer thread never sees what an inner one assigned.
 */
export class Scope {
  private readonly own: JsonObject = {};
  /** The id of the last history event of this thread: the next event's previousEventId. */
  lastEventId: number;

  constructor(
    readonly parent: Scope | undefined,
    lastEventId: number,
    readonly mapItem?: { Index: number; Value: Json },
  ) {
    this.lastEventId = lastEventId;
  }

  /** Every variable this thread can read, inner names shadowing outer ones. */
  visibleVariables(): JsonObject {
    const chain: Scope[] = [];
    for (let s: Scope | undefined = this; s; s = s.parent) chain.unshift(s);
    return Object.assign({}, ...chain.map((s) => s.own)) as JsonObject;
  }

  assign(values: JsonObject): void {
    Object.assign(this.own, values);
  }

  child(lastEventId: number, mapItem?: { Index: number; Value: Json }): Scope {
    return new Scope(this, lastEventId, mapItem);
  }
}
