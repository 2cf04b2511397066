/**
 * An error as Step Functions names it: `error` is what Retry/Catch ErrorEquals match
 * (States.Runtime, States.TaskFailed, a Lambda's errorType, ...), `cause` the text AWS reports.
 */
export class StatesError extends Error {
  override name = 'StatesError';
  constructor(public readonly error: string, public override readonly cause?: string) {
    super(cause ? `${error}: ${cause}` : error);
  }
}
