import { redriveStatusOf, redrivesOf, type ExecutionStatus, type HistoryEvent, type RedriveStatus, type StateMachineType } from '@forkcast/states';

/** ListExecutions' item, plus the workflow's name for the console. */
export interface ExecutionListItem {
  executionArn: string;
  stateMachineArn: string;
  workflow: string;
  name: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
}

/** DescribeExecution's answer: input and output are JSON text, as AWS returns them. */
export interface ExecutionDescription extends ExecutionListItem, RedriveStatus {
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** As DescribeExecution: 0 until redriven; redriveDate only once it was. */
  redriveCount: number;
  redriveDate?: string;
}

const endings: Record<string, ExecutionStatus> = {
  ExecutionSucceeded: 'SUCCEEDED',
  ExecutionFailed: 'FAILED',
  ExecutionTimedOut: 'TIMED_OUT',
  ExecutionAborted: 'ABORTED',
};

export function isFinished(history: readonly HistoryEvent[]): boolean {
  const last = history[history.length - 1];
  return last !== undefined && last.type in endings;
}

/** An execution as its history tells it, so a finished one needs no engine to be described. */
export function describeFromHistory(
  history: readonly HistoryEvent[],
  ids: { executionArn: string; workflow: string; name: string },
  at: { type: StateMachineType; now: number },
): ExecutionDescription {
  const started = history[0]!.executionStartedEventDetails as { input: string; stateMachineArn: string };
  const last = history[history.length - 1]!;
  const status = endings[last.type] ?? 'RUNNING';
  const details = (status === 'RUNNING' ? {} : (last[`${last.type.charAt(0).toLowerCase()}${last.type.slice(1)}EventDetails`] ?? {})) as {
    output?: string;
    error?: string;
    cause?: string;
  };
  return {
    ...ids,
    stateMachineArn: started.stateMachineArn,
    status,
    startDate: history[0]!.timestamp,
    ...(status === 'RUNNING' ? {} : { stopDate: last.timestamp }),
    input: started.input,
    ...(details.output !== undefined ? { output: details.output } : {}),
    ...(details.error !== undefined ? { error: details.error } : {}),
    ...(details.cause !== undefined ? { cause: details.cause } : {}),
    ...redrivesOf(history),
    ...redriveStatusOf({ type: at.type, status, ...(status === 'RUNNING' ? {} : { stopDate: last.timestamp }), historyLength: history.length }, at.now),
  };
}

export function listItemOf(d: ExecutionDescription): ExecutionListItem {
  const { input: _input, output: _output, error: _error, cause: _cause, redriveCount: _count, redriveDate: _date, redriveStatus: _status, redriveStatusReason: _reason, ...item } = d;
  return item;
}
