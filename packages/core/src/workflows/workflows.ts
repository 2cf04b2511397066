/**
 * The Step Functions port: what handlers and policies ask of the workflow engine. Adapters: AWS
 * Step Functions (sfnWorkflows.ts) and the local engine (packages/local).
 */
export interface Workflows {
  /** SendTaskSuccess: the task waiting on `taskToken` continues with `output` as its result. */
  sendTaskSuccess(taskToken: string, output: unknown): Promise<void>;
  /** SendTaskFailure: the task waiting on `taskToken` fails with `error` (its Catch may take it). */
  sendTaskFailure(taskToken: string, error: string, cause?: string): Promise<void>;
}

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
