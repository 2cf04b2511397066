import {
  DescribeExecutionCommand, ExecutionAlreadyExists, ExecutionDoesNotExist, ExecutionNotRedrivable, GetExecutionHistoryCommand, InvalidToken, ListExecutionsCommand, RedriveExecutionCommand,
  SendTaskFailureCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand, SFNClient, StartExecutionCommand, StopExecutionCommand,
  TaskDoesNotExist, TaskTimedOut, type HistoryEvent,
} from '@aws-sdk/client-sfn';
import {
  ExecutionAlreadyExistsError, ExecutionNotFoundError, ExecutionNotRedrivableError, TaskTokenGoneError,
  type ExecutionDetail, type ExecutionHistoryEvent, type ExecutionRef, type ExecutionStatus, type ExecutionSummary, type Workflows,
} from './workflows';

export interface SfnWorkflowsOptions {
  /** Workflow name → state machine ARN, as the Workflows stack deploys them. */
  stateMachineArns: Record<string, string>;
  /** The adapter owns its client (one SDK copy: core's); tests may pass one to mock. */
  client?: SFNClient;
}

/** The Workflows port on AWS Step Functions. */
export class SfnWorkflows implements Workflows {
  private readonly client: SFNClient;
  private readonly machines: Record<string, string>;

  constructor(options: SfnWorkflowsOptions) {
    this.client = options.client ?? new SFNClient({});
    this.machines = options.stateMachineArns;
  }

  async startExecution(workflow: string, name: string, input: unknown): Promise<{ executionArn: string; startDate: string }> {
    try {
      const started = await this.client.send(new StartExecutionCommand({ stateMachineArn: this.machineOf(workflow), name, input: JSON.stringify(input ?? {}) }));
      return { executionArn: started.executionArn!, startDate: started.startDate!.toISOString() };
    } catch (error) {
      if (error instanceof ExecutionAlreadyExists) throw new ExecutionAlreadyExistsError(name);
      throw error;
    }
  }

  async stopExecution(execution: ExecutionRef, error?: string, cause?: string): Promise<void> {
    const arn = this.arnOf(execution);
    await this.notFound(arn, () => this.client.send(new StopExecutionCommand({ executionArn: arn, ...(error ? { error } : {}), ...(cause ? { cause } : {}) })));
  }

  async redriveExecution(execution: ExecutionRef): Promise<{ redriveDate: string }> {
    const arn = this.arnOf(execution);
    try {
      const redriven = await this.notFound(arn, () => this.client.send(new RedriveExecutionCommand({ executionArn: arn })));
      return { redriveDate: redriven.redriveDate!.toISOString() };
    } catch (error) {
      if (error instanceof ExecutionNotRedrivable) throw new ExecutionNotRedrivableError(arn, error.message);
      throw error;
    }
  }

  async sendTaskSuccess(taskToken: string, output: unknown): Promise<void> {
    await this.callback(() => this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output ?? null) })));
  }

  async sendTaskFailure(taskToken: string, error: string, cause?: string): Promise<void> {
    // Step Functions caps error at 256 and cause at 32,768 characters.
    await this.callback(() => this.client.send(new SendTaskFailureCommand({ taskToken, error: error.slice(0, 256), ...(cause ? { cause: cause.slice(0, 32_768) } : {}) })));
  }

  async sendTaskHeartbeat(taskToken: string): Promise<void> {
    await this.callback(() => this.client.send(new SendTaskHeartbeatCommand({ taskToken })));
  }

  async listExecutions(workflow: string, filter: { status?: ExecutionStatus } = {}): Promise<ExecutionSummary[]> {
    const summaries: ExecutionSummary[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.client.send(new ListExecutionsCommand({ stateMachineArn: this.machineOf(workflow), ...(filter.status ? { statusFilter: filter.status } : {}), nextToken }));
      for (const e of page.executions ?? []) {
        summaries.push({
          executionArn: e.executionArn!, workflow, name: e.name!, status: e.status as ExecutionStatus, startDate: e.startDate!.toISOString(),
          ...(e.stopDate ? { stopDate: e.stopDate.toISOString() } : {}),
        });
      }
      nextToken = page.nextToken;
    } while (nextToken);
    return summaries;
  }

  async describeExecution(execution: ExecutionRef): Promise<ExecutionDetail> {
    const arn = this.arnOf(execution);
    const d = await this.notFound(arn, () => this.client.send(new DescribeExecutionCommand({ executionArn: arn })));
    return {
      executionArn: arn, workflow: this.workflowOf(d.stateMachineArn!), name: d.name!, status: d.status as ExecutionStatus, startDate: d.startDate!.toISOString(),
      ...(d.stopDate ? { stopDate: d.stopDate.toISOString() } : {}),
      input: d.input === undefined ? undefined : JSON.parse(d.input),
      ...(d.output !== undefined ? { output: JSON.parse(d.output) } : {}),
      ...(d.error ? { error: d.error } : {}),
      ...(d.cause ? { cause: d.cause } : {}),
      ...(d.redriveCount !== undefined ? { redriveCount: d.redriveCount } : {}),
      ...(d.redriveDate ? { redriveDate: d.redriveDate.toISOString() } : {}),
      ...(d.redriveStatus ? { redriveStatus: d.redriveStatus } : {}),
      ...(d.redriveStatusReason ? { redriveStatusReason: d.redriveStatusReason } : {}),
    };
  }

  async getExecutionHistory(execution: ExecutionRef): Promise<ExecutionHistoryEvent[]> {
    const arn = this.arnOf(execution);
    const events: ExecutionHistoryEvent[] = [];
    let nextToken: string | undefined;
    do {
      const page = await this.notFound(arn, () => this.client.send(new GetExecutionHistoryCommand({ executionArn: arn, nextToken })));
      for (const e of page.events ?? []) events.push(historyEvent(e));
      nextToken = page.nextToken;
    } while (nextToken);
    return events;
  }

  private machineOf(workflow: string): string {
    const arn = this.machines[workflow];
    if (!arn) throw new Error(`no state machine ARN configured for workflow ${workflow}`);
    return arn;
  }

  private workflowOf(stateMachineArn: string): string {
    return Object.entries(this.machines).find(([, arn]) => arn === stateMachineArn)?.[0] ?? stateMachineArn.slice(stateMachineArn.lastIndexOf(':') + 1);
  }

  /** A Standard execution's ARN: its machine's ARN with `execution` for `stateMachine`, then its name. */
  private arnOf(execution: ExecutionRef): string {
    if (typeof execution === 'string') return execution;
    return `${this.machineOf(execution.workflow).replace(':stateMachine:', ':execution:')}:${execution.name}`;
  }

  private async notFound<T>(arn: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ExecutionDoesNotExist) throw new ExecutionNotFoundError(arn);
      throw error;
    }
  }

  private async callback(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      if (error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken) throw new TaskTokenGoneError(error.name);
      throw error;
    }
  }
}

/** The SDK's history event with dates as ISO text, as the local engine records them. */
function historyEvent(e: HistoryEvent): ExecutionHistoryEvent {
  const { timestamp, id, previousEventId, type, ...details } = e;
  return { ...details, id: Number(id), type: String(type), timestamp: timestamp!.toISOString(), ...(previousEventId !== undefined ? { previousEventId: Number(previousEventId) } : {}) };
}
