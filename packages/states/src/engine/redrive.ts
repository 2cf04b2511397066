import type { HistoryEvent } from '../history/historyEvent';
import type { StateMachineType } from './executionArn';
import type { ExecutionStatus } from './types';

/** DescribeExecution's redrive fields, as AWS names them. */
export interface RedriveStatus {
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE';
  /** Only when NOT_REDRIVABLE: AWS's reason text. */
  redriveStatusReason?: string;
}

/** AWS: an execution can be redriven for 14 days after it stopped. */
export const redrivablePeriodMs = 14 * 24 * 3600_000;
/** AWS's history quota; a redrive would need room for more events. */
export const historyEventLimit = 25_000;

const terminalTypes = new Set(['ExecutionSucceeded', 'ExecutionFailed', 'ExecutionTimedOut', 'ExecutionAborted']);
const unsuccessful: readonly ExecutionStatus[] = ['FAILED', 'TIMED_OUT', 'ABORTED'];

/** Whether RedriveExecution would accept the execution now, with the reasons AWS documents for DescribeExecution. */
export function redriveStatusOf(execution: { type: StateMachineType; status: ExecutionStatus; stopDate?: string; historyLength: number }, now: number): RedriveStatus {
  const no = (redriveStatusReason: string): RedriveStatus => ({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason });
  // Not one of AWS's listed reasons: AWS does not describe Express executions this way at all.
  if (execution.type === 'EXPRESS') return no('Execution of an EXPRESS state machine cannot be redriven.');
  if (!unsuccessful.includes(execution.status)) return no(`Execution is ${execution.status} and cannot be redriven.`);
  if (execution.historyLength >= historyEventLimit) return no('Execution history event limit exceeded.');
  if (execution.stopDate !== undefined && now - Date.parse(execution.stopDate) > redrivablePeriodMs) return no('Execution redrivable period exceeded.');
  return { redriveStatus: 'REDRIVABLE' };
}

const endings: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

/** Where a stored history left its execution: its last event tells. */
export function statusOfHistory(history: readonly HistoryEvent[]): { status: ExecutionStatus; stopDate?: string } {
  const last = history[history.length - 1];
  const status = (last && endings[last.type]) ?? 'RUNNING';
  return status === 'RUNNING' ? { status } : { status, stopDate: last!.timestamp };
}

/** How many times the history says it was redriven, and when last. */
export function redrivesOf(history: readonly HistoryEvent[]): { redriveCount: number; redriveDate?: string } {
  let redriveCount = 0;
  let redriveDate: string | undefined;
  for (const e of history) {
    if (e.type !== 'ExecutionRedriven') continue;
    redriveCount++;
    redriveDate = e.timestamp;
  }
  return redriveDate === undefined ? { redriveCount } : { redriveCount, redriveDate };
}

/**
 * The events a redriven execution replays: everything that succeeded before its last
 * ExecutionRedriven, and everything since. What did not succeed is left out, so the interpreter
 * runs it again: a state entered but never exited (with everything it caused), and, inside a Map
 * or Parallel state that did not finish, only its failed or aborted iterations and branches (its
 * successful ones replay, as AWS redrives "only the iterations and branches that failed or aborted").
 * Terminal and ExecutionRedriven events stay in the history but are never replayed.
 */
export function redriveReplayable(history: readonly HistoryEvent[]): HistoryEvent[] {
  let last = -1;
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.type === 'ExecutionRedriven') {
      last = i;
      break;
    }
  }
  if (last < 0) return [...history];
  const before = history.slice(0, last).filter((e) => !terminalTypes.has(e.type) && e.type !== 'ExecutionRedriven');
  const children = new Map<number, HistoryEvent[]>();
  for (const e of before) children.set(e.previousEventId, [...(children.get(e.previousEventId) ?? []), e]);
  const descendants = (root: HistoryEvent): HistoryEvent[] => {
    const out: HistoryEvent[] = [];
    const stack = [...(children.get(root.id) ?? [])];
    while (stack.length > 0) {
      const e = stack.pop()!;
      out.push(e);
      stack.push(...(children.get(e.id) ?? []));
    }
    return out;
  };
  const nameOf = (e: HistoryEvent) => (e.stateEnteredEventDetails ?? e.stateExitedEventDetails) as { name?: string } | undefined;
  const entered = before.filter((e) => e.type.endsWith('StateEntered'));
  const below = new Map(entered.map((e) => [e.id, descendants(e)]));
  // A state's own exit: the first exit of its name after it (later ones are later visits, in a loop).
  const exitOf = (e: HistoryEvent) => below.get(e.id)!.filter((d) => d.type.endsWith('StateExited') && nameOf(d)?.name === nameOf(e)?.name).sort((a, b) => a.id - b.id)[0];
  // What happened inside a state that finished (a caught Parallel's failed branch, a tolerated
  // Map's failed iterations) is its success: it replays as recorded.
  const settled = new Set<number>();
  const unfinished: HistoryEvent[] = [];
  for (const e of entered) {
    const exit = exitOf(e);
    if (!exit) {
      unfinished.push(e);
      continue;
    }
    const after = new Set([exit.id, ...descendants(exit).map((d) => d.id)]);
    for (const d of below.get(e.id)!) if (!after.has(d.id)) settled.add(d.id);
  }
  const dead = new Set<number>();
  const kill = (e: HistoryEvent) => {
    dead.add(e.id);
    for (const d of descendants(e)) dead.add(d.id);
  };
  for (const e of unfinished) {
    if (settled.has(e.id) || dead.has(e.id)) continue;
    if (e.type === 'MapStateEntered' || e.type === 'ParallelStateEntered') {
      // Unfinished states inside are found on their own; here: the failures that ended it.
      for (const d of below.get(e.id)!) {
        if (!settled.has(d.id) && ['MapIterationFailed', 'MapIterationAborted', 'MapStateFailed', 'ParallelStateFailed'].includes(d.type)) kill(d);
      }
    } else {
      kill(e);
    }
  }
  return [...before.filter((e) => !dead.has(e.id)), ...history.slice(last + 1)];
}
