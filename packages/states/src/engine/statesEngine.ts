import { randomUUID } from 'node:crypto';
import { StatesError } from '../errors/statesError';
import type { HistoryEvent } from '../history/historyEvent';
import { TaskDispatcher } from '../tasks/taskDispatcher';
import { invalidDefinitionMessage, validateDefinition } from '../validation';
import { SystemClock, type Clock } from './clock';
import { Execution } from './execution';
import { executionArn, executionNameOf, type StateMachineType } from './executionArn';
import type { TokenWaiter } from './executionEnv';
import { redriveStatusOf, statusOfHistory, type RedriveStatus } from './redrive';
import type { Json, StateMachineDefinition } from './types';

export interface StatesEngineOptions {
  clock?: Clock;
  tasks?: TaskDispatcher;
  /** Source of randomness for jitter and $random: inject a seeded one for reproducible runs. */
  random?: () => number;
  uuid?: () => string;
  region?: string;
  accountId?: string;
  /**
   * The id ending an Express execution's ARN, drawn per execution (default: `uuid`). A host that
   * must rebuild the same ARN after a restart can derive it from the names instead.
   */
  expressExecutionId?: (stateMachineName: string, executionName: string) => string;
}

export interface StateMachineRecord {
  arn: string;
  name: string;
  type: StateMachineType;
  definition: StateMachineDefinition;
  roleArn: string;
  createdAt: string;
}

export interface StartExecutionRequest {
  stateMachineArn: string;
  name?: string;
  input?: Json;
}

/** Runs state machines locally: executions, task-token callbacks, and their histories. */
export class StatesEngine {
  readonly clock: Clock;
  readonly tasks: TaskDispatcher;
  readonly region: string;
  readonly accountId: string;
  private readonly random: () => number;
  private readonly uuid: () => string;
  private readonly expressExecutionId: (stateMachineName: string, executionName: string) => string;
  private readonly machines = new Map<string, StateMachineRecord>();
  private readonly executions = new Map<string, Execution>();
  private readonly waitingTokens = new Map<string, TokenWaiter>();
  private readonly listeners: ((execution: Execution, event: HistoryEvent) => void)[] = [];

  constructor(options: StatesEngineOptions = {}) {
    this.clock = options.clock ?? new SystemClock();
    this.tasks = options.tasks ?? new TaskDispatcher();
    this.random = options.random ?? Math.random;
    this.uuid = options.uuid ?? randomUUID;
    this.expressExecutionId = options.expressExecutionId ?? (() => this.uuid());
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? '111111111111';
  }

  /** Rejects an invalid definition as CreateStateMachine does (InvalidDefinition). `type` defaults to STANDARD. */
  createStateMachine(name: string, definition: StateMachineDefinition, roleArn?: string, type: StateMachineType = 'STANDARD'): StateMachineRecord {
    const validation = validateDefinition(definition);
    if (!validation.valid) throw new StatesError('InvalidDefinition', invalidDefinitionMessage(validation.errors));
    const arn = `arn:aws:states:${this.region}:${this.accountId}:stateMachine:${name}`;
    const record: StateMachineRecord = {
      arn,
      name,
      type,
      definition,
      roleArn: roleArn ?? `arn:aws:iam::${this.accountId}:role/${name}-role`,
      createdAt: new Date(this.clock.now()).toISOString(),
    };
    this.machines.set(arn, record);
    return record;
  }

  listStateMachines(): StateMachineRecord[] {
    return [...this.machines.values()];
  }

  describeStateMachine(arn: string): StateMachineRecord {
    const m = this.machines.get(arn);
    if (!m) throw new StatesError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
    return m;
  }

  /** Called for every history event of every execution (persistence, consoles). */
  onHistoryEvent(listener: (execution: Execution, event: HistoryEvent) => void): void {
    this.listeners.push(listener);
  }

  startExecution(request: StartExecutionRequest): Execution {
    const machine = this.describeStateMachine(request.stateMachineArn);
    const name = request.name ?? this.uuid();
    const id = machine.type === 'EXPRESS' ? this.expressExecutionId(machine.name, name) : undefined;
    const arn = executionArn(machine.arn, machine.type, name, id);
    if (this.executions.has(arn)) throw new StatesError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
    return this.launch(machine, name, arn, request.input ?? {}, undefined);
  }

  /**
   * Rebuilds an execution from its stored history (e.g. after a process restart) and lets it carry
   * on: recorded steps are replayed without side effects, pending waits and tokens are re-armed.
   */
  resumeExecution(stateMachineArn: string, executionArn: string, history: HistoryEvent[]): Execution {
    const machine = this.describeStateMachine(stateMachineArn);
    return this.launch(machine, executionNameOf(executionArn), executionArn, null, history);
  }

  /** DescribeExecution's redriveStatus (and redriveStatusReason) of an execution now. */
  redriveStatus(arn: string): RedriveStatus {
    const e = this.describeExecution(arn);
    const machine = this.describeStateMachine(e.stateMachineArn);
    return redriveStatusOf({ type: machine.type, status: e.status, stopDate: e.stopDate, historyLength: e.history.length }, this.clock.now());
  }

  /**
   * RedriveExecution: a Standard execution that ended FAILED, TIMED_OUT or ABORTED (in the last 14
   * days) runs again under its ARN, from what did not succeed; ExecutionRedriven is recorded and
   * the returned Execution replaces the finished one. `stored`: the history of a finished
   * execution this engine has not run (a host keeps finished ones on disk only).
   */
  redriveExecution(arn: string, stored?: HistoryEvent[]): Execution {
    const known = this.executions.get(arn);
    const history = known?.history ?? stored;
    if (!history?.[0]) throw new StatesError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    const machineArn = known?.stateMachineArn ?? (history[0].executionStartedEventDetails as { stateMachineArn: string }).stateMachineArn;
    const machine = this.describeStateMachine(machineArn);
    const { status, stopDate } = known ?? statusOfHistory(history);
    const verdict = redriveStatusOf({ type: machine.type, status, stopDate, historyLength: history.length }, this.clock.now());
    if (verdict.redriveStatus !== 'REDRIVABLE') throw new StatesError('ExecutionNotRedrivable', `Execution '${arn}' cannot be redriven: ${verdict.redriveStatusReason}`);
    return this.launch(machine, executionNameOf(arn), arn, null, history, true);
  }

  private launch(machine: StateMachineRecord, name: string, arn: string, input: Json, history: HistoryEvent[] | undefined, redrive = false): Execution {
    const execution = new Execution({
      executionArn: arn,
      name,
      stateMachineArn: machine.arn,
      stateMachineName: machine.name,
      roleArn: machine.roleArn,
      definition: machine.definition,
      input,
      clock: this.clock,
      tasks: this.tasks,
      random: this.random,
      uuid: this.uuid,
      region: this.region,
      accountId: this.accountId,
      waitingTokens: this.waitingTokens,
      history,
      redrive,
    });
    execution.recorder.onEvent((e) => {
      for (const l of this.listeners) l(execution, e);
    });
    this.executions.set(arn, execution);
    return execution;
  }

  listExecutions(stateMachineArn?: string): Execution[] {
    return [...this.executions.values()].filter((e) => !stateMachineArn || e.stateMachineArn === stateMachineArn);
  }

  describeExecution(arn: string): Execution {
    const e = this.executions.get(arn);
    if (!e) throw new StatesError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
    return e;
  }

  getExecutionHistory(arn: string): HistoryEvent[] {
    return this.describeExecution(arn).history;
  }

  stopExecution(arn: string, error?: string, cause?: string): void {
    this.describeExecution(arn).stop(error, cause);
  }

  sendTaskSuccess(taskToken: string, output: string): void {
    this.waiter(taskToken).succeed(output);
  }

  sendTaskFailure(taskToken: string, error?: string, cause?: string): void {
    this.waiter(taskToken).fail(error, cause);
  }

  sendTaskHeartbeat(taskToken: string): void {
    this.waiter(taskToken).heartbeat();
  }

  private waiter(token: string): TokenWaiter {
    const w = this.waitingTokens.get(token);
    if (!w) throw new StatesError('TaskTimedOut', 'Task Timed Out');
    return w;
  }
}
