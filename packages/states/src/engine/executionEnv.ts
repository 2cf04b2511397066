import type { HistoryRecorder } from '../history/historyRecorder';
import type { Clock } from './clock';
import type { TaskDispatcher } from '../tasks/taskDispatcher';
import type { JsonObject, QueryLanguage, StateMachineDefinition } from './types';

/** What every state of one execution shares. */
export interface ExecutionEnv {
  recorder: HistoryRecorder;
  clock: Clock;
  random: () => number;
  uuid: () => string;
  tasks: TaskDispatcher;
  definition: StateMachineDefinition;
  defaultQueryLanguage: QueryLanguage;
  region: string;
  accountId: string;
  executionArn: string;
  /** `$$.Execution` and `$$.StateMachine`, fixed for the execution. */
  contextBase: { Execution: JsonObject; StateMachine: JsonObject };
  /** Tokens of this execution's tasks waiting for a callback. */
  waitingTokens: Map<string, TokenWaiter>;
}

export interface TokenWaiter {
  succeed(output: string): void;
  fail(error?: string, cause?: string): void;
  heartbeat(): void;
}
