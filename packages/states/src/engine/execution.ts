import { StatesError } from '../errors/statesError';
import { HistoryRecorder } from '../history/historyRecorder';
import type { HistoryEvent } from '../history/historyEvent';
import { untruncated } from '../history/payloadDetails';
import { Aborted } from './aborted';
import type { Clock } from './clock';
import type { ExecutionEnv, TokenWaiter } from './executionEnv';
import { Interpreter } from './interpreter';
import { redriveReplayable, redrivesOf } from './redrive';
import { Scope } from './scope';
import type { TaskDispatcher } from '../tasks/taskDispatcher';
import type { ExecutionOutcome, ExecutionStatus, Json, StateMachineDefinition } from './types';

export interface ExecutionOptions {
  executionArn: string;
  name: string;
  stateMachineArn: string;
  stateMachineName: string;
  roleArn: string;
  definition: StateMachineDefinition;
  input: Json;
  clock: Clock;
  tasks: TaskDispatcher;
  random: () => number;
  uuid: () => string;
  region: string;
  accountId: string;
  waitingTokens: Map<string, TokenWaiter>;
  /** A stored history to rebuild the execution from (after a restart). */
  history?: HistoryEvent[];
  /** RedriveExecution: `history` ended unsuccessfully; record ExecutionRedriven and run again what did not succeed. */
  redrive?: boolean;
}

/** One execution: its history is the record of everything it did. */
export class Execution {
  readonly arn: string;
  readonly name: string;
  readonly stateMachineArn: string;
  readonly recorder: HistoryRecorder;
  status: ExecutionStatus = 'RUNNING';
  output?: Json;
  error?: string;
  cause?: string;
  startDate: string;
  stopDate?: string;
  /** How many times RedriveExecution restarted it, and when last (DescribeExecution's redriveCount, redriveDate). */
  readonly redriveCount: number;
  readonly redriveDate?: string;
  readonly done: Promise<ExecutionOutcome>;
  private readonly controller = new AbortController();
  private stopReason?: { type: 'ExecutionTimedOut' | 'ExecutionAborted'; error?: string; cause?: string };

  constructor(private readonly options: ExecutionOptions) {
    this.arn = options.executionArn;
    this.name = options.name;
    this.stateMachineArn = options.stateMachineArn;
    const stored = options.history ?? [];
    this.recorder = new HistoryRecorder(options.clock, stored, options.redrive ? [] : redriveReplayable(stored));
    if (options.redrive) {
      const { redriveCount } = redrivesOf(stored);
      this.recorder.emit('ExecutionRedriven', stored[stored.length - 1]!.id, { redriveCount: redriveCount + 1 });
      this.recorder.replay(redriveReplayable(this.recorder.events));
    }
    const recordedStart = options.history?.[0];
    this.startDate = recordedStart?.timestamp ?? new Date(options.clock.now()).toISOString();
    const redrives = redrivesOf(this.recorder.events);
    this.redriveCount = redrives.redriveCount;
    if (redrives.redriveDate !== undefined) this.redriveDate = redrives.redriveDate;
    this.done = this.run();
  }

  get history(): HistoryEvent[] {
    return this.recorder.events;
  }

  get finished(): boolean {
    return this.status !== 'RUNNING';
  }

  /** StopExecution: aborts every thread and records ExecutionAborted. */
  stop(error?: string, cause?: string): void {
    if (this.finished) return;
    this.stopReason = { type: 'ExecutionAborted', error, cause };
    this.controller.abort();
  }

  private async run(): Promise<ExecutionOutcome> {
    const o = this.options;
    const input = o.history?.[0] ? (JSON.parse((o.history[0].executionStartedEventDetails as { input: string }).input) as Json) : o.input;
    const env: ExecutionEnv = {
      recorder: this.recorder,
      clock: o.clock,
      random: o.random,
      uuid: o.uuid,
      tasks: o.tasks,
      definition: o.definition,
      defaultQueryLanguage: o.definition.QueryLanguage ?? 'JSONPath',
      region: o.region,
      accountId: o.accountId,
      executionArn: o.executionArn,
      contextBase: {
        Execution: { Id: o.executionArn, Input: input, Name: o.name, RoleArn: o.roleArn, StartTime: this.startDate, RedriveCount: this.redriveCount, ...(this.redriveDate ? { RedriveTime: this.redriveDate } : {}) },
        StateMachine: { Id: o.stateMachineArn, Name: o.stateMachineName },
      },
      waitingTokens: o.waitingTokens,
    };
    const started = this.recorder.emit('ExecutionStarted', 0, {
      input: JSON.stringify(input),
      inputDetails: untruncated,
      roleArn: o.roleArn,
      stateMachineArn: o.stateMachineArn,
    }).event;
    const scope = new Scope(undefined, started.id);
    // A redrive resets the state machine's timeout: it counts from the redrive.
    const cancelTimeout = this.armExecutionTimeout(Date.parse(this.redriveDate ?? started.timestamp));
    const interpreter = new Interpreter(env);
    try {
      const output = await interpreter.runProgram(o.definition, input, scope, this.controller.signal);
      this.recorder.emit('ExecutionSucceeded', scope.lastEventId, { output: JSON.stringify(output), outputDetails: untruncated });
      return this.finish({ status: 'SUCCEEDED', output });
    } catch (e) {
      if (e instanceof Aborted && this.stopReason) {
        const { type, error, cause } = this.stopReason;
        this.recorder.emit(type, scope.lastEventId, { error, cause });
        return this.finish({ status: type === 'ExecutionTimedOut' ? 'TIMED_OUT' : 'ABORTED', error, cause });
      }
      const err = e instanceof StatesError ? e : new StatesError('States.Runtime', (e as Error)?.message ?? String(e));
      // AWS leaves an empty cause (e.g. of a task timeout) out of ExecutionFailed.
      const cause = err.cause === '' || err.cause === null ? undefined : err.cause;
      const error = err.error ?? undefined;
      this.recorder.emit('ExecutionFailed', scope.lastEventId, { error, cause });
      return this.finish({ status: 'FAILED', error, cause });
    } finally {
      cancelTimeout();
    }
  }

  private armExecutionTimeout(startedAt: number): () => void {
    const seconds = this.options.definition.TimeoutSeconds;
    if (seconds === undefined) return () => undefined;
    return this.options.clock.setTimer(startedAt + seconds * 1000, () => {
      if (this.finished) return;
      this.stopReason = { type: 'ExecutionTimedOut', error: 'States.Timeout', cause: `The execution timed out after ${seconds} seconds.` };
      this.controller.abort();
    });
  }

  private finish(outcome: ExecutionOutcome): ExecutionOutcome {
    this.status = outcome.status;
    this.output = outcome.output;
    this.error = outcome.error;
    this.cause = outcome.cause;
    const last = this.recorder.events[this.recorder.events.length - 1];
    this.stopDate = last?.timestamp;
    return outcome;
  }
}
