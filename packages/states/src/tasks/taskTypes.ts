import type { Clock } from '../engine/clock';
import type { Json } from '../engine/types';

/** A call a Task state makes to an integration (everything but plain Lambda ARNs). */
export interface TaskRequest {
  /** The Resource without its `.sync`/`.waitForTaskToken` suffix, e.g. `arn:aws:states:::events:putEvents`. */
  resource: string;
  /** `service:action`, e.g. `dynamodb:getItem`, `lambda:invoke`, `aws-sdk:s3:listBuckets`. */
  integration: string;
  pattern: 'request' | 'sync' | 'waitForTaskToken';
  /** The Resource exactly as written, suffix included (`.sync:2`). */
  fullResource: string;
  parameters: Json;
  stateName: string;
  executionArn: string;
  taskToken?: string;
  region: string;
  accountId: string;
  clock: Clock;
  signal: AbortSignal;
}

/** Binds an integration locally. Throw a `StatesError` to fail the Task with that error and cause. */
export type TaskHandler = (request: TaskRequest) => Promise<Json>;

export interface LambdaContext {
  functionName: string;
  clock: Clock;
  signal: AbortSignal;
}

/** A local Lambda function: returns its result or throws `LambdaFunctionError`. */
export type LambdaFunction = (event: Json, context: LambdaContext) => Promise<Json> | Json;

/** A function error as the Lambda runtime reports it (errorType, errorMessage, stack trace). */
export class LambdaFunctionError extends Error {
  override name = 'LambdaFunctionError';
  constructor(
    readonly errorType: string,
    readonly errorMessage: string,
    readonly stackTrace: string[] = [],
  ) {
    super(`${errorType}: ${errorMessage}`);
  }
}
