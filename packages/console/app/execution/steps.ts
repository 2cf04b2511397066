import type { HistoryEvent } from '../types';

export interface Attempt {
  scheduledAt: string;
  startedAt?: string;
  endedAt?: string;
  outcome: 'running' | 'waiting' | 'succeeded' | 'failed' | 'timed out';
  error?: string;
  cause?: string;
}

export type StepStatus = 'running' | 'waiting' | 'succeeded' | 'failed';

/** One visit of a state: entered, its task attempts (retries), exited. */
export interface Step {
  key: string;
  name: string;
  type: string;
  parentKey?: string;
  depth: number;
  enteredAt: string;
  exitedAt?: string;
  status: StepStatus;
  input?: string;
  output?: string;
  /** The effective Parameters/Arguments the task was scheduled with. */
  parameters?: string;
  /** The task's raw result, before ResultSelector/ResultPath/OutputPath (or Output). */
  result?: string;
  resource?: string;
  timeoutSeconds?: number;
  attempts: Attempt[];
  eventIds: number[];
}

const details = (event: HistoryEvent): Record<string, unknown> => {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return (key ? event[key] : {}) as Record<string, unknown>;
};

/** The steps of an execution from its history, in the order they were entered. */
export function stepsOf(history: readonly HistoryEvent[]): Step[] {
  const steps: Step[] = [];
  const open: Step[] = [];
  const finished = history.find((e) => /^Execution(Failed|TimedOut|Aborted)$/.test(e.type));
  for (const event of history) {
    const d = details(event);
    const entered = /^(\w+?)StateEntered$/.exec(event.type);
    if (entered) {
      const parent = [...open].reverse().find((s) => s.type === 'Map' || s.type === 'Parallel');
      const step: Step = {
        key: `${d.name as string}#${event.id}`,
        name: d.name as string,
        type: entered[1]!,
        parentKey: parent?.key,
        depth: parent ? parent.depth + 1 : 0,
        enteredAt: event.timestamp,
        status: 'running',
        input: d.input as string | undefined,
        attempts: [],
        eventIds: [event.id],
      };
      steps.push(step);
      open.push(step);
      continue;
    }
    if (/StateExited$/.test(event.type)) {
      const at = open.map((s) => s.name).lastIndexOf(d.name as string);
      if (at >= 0) {
        const [step] = open.splice(at, 1);
        step!.exitedAt = event.timestamp;
        step!.output = d.output as string | undefined;
        step!.eventIds.push(event.id);
        const last = step!.attempts.at(-1);
        // A caught error still exits the state: it failed, and the Catch took over.
        step!.status = !last || last.outcome === 'succeeded' ? 'succeeded' : 'failed';
      }
      continue;
    }
    const step = open.at(-1);
    if (!step) continue;
    step.eventIds.push(event.id);
    const attempt = step.attempts.at(-1);
    if (event.type === 'TaskScheduled' || event.type === 'LambdaFunctionScheduled') {
      step.parameters = (d.parameters ?? d.input) as string | undefined;
      step.resource = d.resource as string | undefined;
      step.timeoutSeconds = d.timeoutInSeconds as number | undefined;
      step.attempts.push({ scheduledAt: event.timestamp, outcome: 'running' });
    } else if ((event.type === 'TaskStarted' || event.type === 'LambdaFunctionStarted') && attempt) {
      attempt.startedAt = event.timestamp;
    } else if (event.type === 'TaskSubmitted' && attempt && step.resource?.endsWith('.waitForTaskToken')) {
      attempt.outcome = 'waiting';
    } else if (/^(Task|LambdaFunction)Succeeded$/.test(event.type) && attempt) {
      Object.assign(attempt, { endedAt: event.timestamp, outcome: 'succeeded' });
      step.result = d.output as string | undefined;
    } else if (/^(Task|LambdaFunction)(Failed|TimedOut)$/.test(event.type) && attempt) {
      Object.assign(attempt, { endedAt: event.timestamp, outcome: /TimedOut$/.test(event.type) ? 'timed out' : 'failed', error: d.error, cause: d.cause });
    }
  }
  for (const step of open) {
    const last = step.attempts.at(-1);
    step.status = finished ? 'failed' : last?.outcome === 'waiting' ? 'waiting' : 'running';
    if (finished) step.exitedAt = finished.timestamp;
  }
  return steps;
}

/** The backoff wait before each retry: the gap between one attempt's end and the next one's scheduling. */
export function backoffWaits(step: Step): { from: string; to: string }[] {
  const waits: { from: string; to: string }[] = [];
  for (let i = 1; i < step.attempts.length; i++) {
    const previous = step.attempts[i - 1]!;
    if (previous.endedAt) waits.push({ from: previous.endedAt, to: step.attempts[i]!.scheduledAt });
  }
  return waits;
}
