/** Where an execution is, with Step Functions' names. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionSummary {
  executionArn: string;
  /** The workflow (state machine) name, as the workflow table names it. */
  workflow: string;
  name: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
}

export interface ExecutionDetail extends ExecutionSummary {
  /** Parsed from the JSON text Step Functions returns. */
  input: unknown;
  output?: unknown;
  error?: string;
  cause?: string;
  /** DescribeExecution's redrive fields: how often it was redriven, when last, and whether it can be now. */
  redriveCount?: number;
  redriveDate?: string;
  redriveStatus?: 'REDRIVABLE' | 'NOT_REDRIVABLE' | 'REDRIVABLE_BY_MAP_RUN';
  redriveStatusReason?: string;
}

/** One event of GetExecutionHistory, as Step Functions returns it (`type`, ids, timestamp, `<type>EventDetails`). */
export type ExecutionHistoryEvent = { id: number; type: string; timestamp: string; previousEventId?: number } & Record<string, unknown>;

/**
 * The Step Functions port: what handlers and policies ask of the workflow engine. Adapters: AWS
 * Step Functions (sfnWorkflows.ts) and the local engine (packages/local).
 */
export interface Workflows {
  /**
   * StartExecution of a named execution, so staff can find it (e.g. `onboard-<restaurant>-<claim>`).
   * Throws ExecutionAlreadyExistsError when the name is taken, as Step Functions does (the one
   * exception, as on AWS: a Standard execution still running with the same input is answered again).
   */
  startExecution(workflow: string, name: string, input: unknown): Promise<{ executionArn: string; startDate: string }>;
  /**
   * StopExecution: ends it as ABORTED (a withdrawn review, a cancelled claim). Stopping a finished one
   * does nothing; one that was never started is ExecutionNotFoundError.
   */
  stopExecution(execution: ExecutionRef, error?: string, cause?: string): Promise<void>;
  /**
   * RedriveExecution: a Standard execution that ended FAILED, TIMED_OUT or ABORTED in the last 14
   * days continues from the states that did not succeed, under the same ARN. Otherwise
   * ExecutionNotRedrivableError (a running or succeeded one, an Express one, one too old).
   */
  redriveExecution(execution: ExecutionRef): Promise<{ redriveDate: string }>;
  /** SendTaskSuccess: the task waiting on `taskToken` continues with `output` as its result. */
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  /** SendTaskFailure: the task waiting on `taskToken` fails with `error` (its Catch may take it). */
  sendTaskFailure(taskToken: string, error: string, cause?: string): Promise<void>;
  /** SendTaskHeartbeat: the task is still being worked on. */
  sendTaskHeartbeat(taskToken: string): Promise<void>;
  /** ListExecutions of one workflow, newest first. */
  listExecutions(workflow: string, filter?: { status?: ExecutionStatus }): Promise<ExecutionSummary[]>;
  /** DescribeExecution, by ARN or by workflow and name. */
  describeExecution(execution: ExecutionRef): Promise<ExecutionDetail>;
  getExecutionHistory(execution: ExecutionRef): Promise<ExecutionHistoryEvent[]>;
}

/** An execution by its ARN, or by its workflow and name (names are unique per state machine). */
export type ExecutionRef = string | { workflow: string; name: string };

/**
 * The token no longer has a waiting task: it timed out, was already answered, or its execution
 * ended. A policy that releases a task at least once treats this as done.
 */
export class TaskTokenGoneError extends Error {
  override name = 'TaskTokenGoneError';
  constructor(readonly reason: string) {
    super(`the task token has no waiting task (${reason})`);
  }
}

/** StartExecution with a name already used (ExecutionAlreadyExists). */
export class ExecutionAlreadyExistsError extends Error {
  override name = 'ExecutionAlreadyExistsError';
  constructor(readonly execution: string) {
    super(`an execution named ${execution} already exists`);
  }
}

/** No such execution (ExecutionDoesNotExist). */
export class ExecutionNotFoundError extends Error {
  override name = 'ExecutionNotFoundError';
  constructor(readonly execution: string) {
    super(`there is no execution ${execution}`);
  }
}

/** RedriveExecution of an execution that cannot be redriven (ExecutionNotRedrivable). */
export class ExecutionNotRedrivableError extends Error {
  override name = 'ExecutionNotRedrivableError';
  constructor(
    readonly execution: string,
    readonly reason?: string,
  ) {
    super(`execution ${execution} cannot be redriven${reason ? `: ${reason}` : ''}`);
  }
}
