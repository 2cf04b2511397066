import { redriveReplayable, type HistoryEvent } from '@forkcast/states';

/** What the console's list shows of an execution beyond ListExecutions: where it is and for whom. */
export interface ExecutionSummary {
  /** The innermost state entered and not yet exited (a running execution's current state). */
  currentState?: { name: string; type: string; since: string };
  /** Set while the current state is a `.waitForTaskToken` task: it waits for someone to answer. */
  waitingForTaskToken?: { state: string; since: string; timesOutAt?: string };
  /** The restaurant the execution is about, found in its input (a `restaurantId`, a `restaurant` field or a `restaurant-…` stream: a restaurant's id is its stream id). */
  restaurantId?: string;
}

const stateTypeOf = (type: string) => /^(\w+?)StateEntered$/.exec(type)?.[1];

export function summarizeExecution(history: readonly HistoryEvent[]): ExecutionSummary {
  const summary: ExecutionSummary = {};
  const started = history[0]?.executionStartedEventDetails as { input?: string } | undefined;
  if (started?.input) {
    try {
      const restaurantId = findRestaurantId(JSON.parse(started.input));
      if (restaurantId) summary.restaurantId = restaurantId;
    } catch {
      // An input that is not JSON names no restaurant.
    }
  }
  const last = history[history.length - 1];
  if (!last || /^Execution(Succeeded|Failed|TimedOut|Aborted)$/.test(last.type)) return summary;

  // States still open, innermost last (Map and Parallel children enter inside their parent).
  const open: { name: string; type: string; since: string; index: number }[] = [];
  // After a redrive, the states that did not succeed before it are not open: they run again.
  const live = new Set(redriveReplayable(history).map((e) => e.id));
  history.forEach((event, index) => {
    if (!live.has(event.id)) return;
    const type = stateTypeOf(event.type);
    if (type) open.push({ name: (event.stateEnteredEventDetails as { name: string }).name, type, since: event.timestamp, index });
    else if (/StateExited$/.test(event.type)) {
      const name = (event.stateExitedEventDetails as { name: string }).name;
      const at = open.map((s) => s.name).lastIndexOf(name);
      if (at >= 0) open.splice(at, 1);
    }
  });
  const current = open[open.length - 1];
  if (!current) return summary;
  summary.currentState = { name: current.name, type: current.type, since: current.since };

  let waiting: { since: string; timesOutAt?: string } | undefined;
  for (const event of history.slice(current.index + 1)) {
    const details = event.taskScheduledEventDetails as { resource?: string; timeoutInSeconds?: number } | undefined;
    if (event.type === 'TaskScheduled' && details?.resource?.endsWith('.waitForTaskToken')) {
      const timesOutAt = details.timeoutInSeconds ? new Date(Date.parse(event.timestamp) + details.timeoutInSeconds * 1000).toISOString() : undefined;
      waiting = { since: event.timestamp, ...(timesOutAt ? { timesOutAt } : {}) };
    } else if (/^Task(Succeeded|Failed|TimedOut)$/.test(event.type)) {
      waiting = undefined;
    }
  }
  if (waiting) summary.waitingForTaskToken = { state: current.name, ...waiting };
  return summary;
}

/** Breadth first, so the event's own `detail.data.restaurantId` wins over one nested deeper. */
export function findRestaurantId(value: unknown): string | undefined {
  const queue: unknown[] = [value];
  for (let i = 0; i < queue.length && i < 1000; i++) {
    const item = queue[i];
    if (typeof item !== 'object' || item === null) continue;
    for (const [key, child] of Object.entries(item)) {
      if (key === 'restaurantId' && typeof child === 'string' && child) return child;
      if (key === 'restaurant' && typeof child === 'string' && child.startsWith('restaurant-')) return child;
      // A restaurant's id is its stream id.
      if (key === 'stream' && typeof child === 'string' && child.startsWith('restaurant-')) return child;
      if (typeof child === 'object' && child !== null) queue.push(child);
    }
  }
  return undefined;
}
