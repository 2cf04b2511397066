import {
  DescribeExecutionCommand, ExecutionAlreadyExists, ExecutionDoesNotExist, ExecutionNotRedrivable, GetExecutionHistoryCommand, InvalidToken, ListExecutionsCommand, RedriveExecutionCommand,
  SendTaskFailureCommand, SendTaskHeartbeatCommand, SendTaskSuccessCommand, SFNClient, StartExecutionCommand, StopExecutionCommand, TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SfnWorkflows } from './sfnWorkflows';
import { ExecutionAlreadyExistsError, ExecutionNotFoundError, ExecutionNotRedrivableError, TaskTokenGoneError } from './workflows';

const sfn = mockClient(SFNClient);
beforeEach(() => sfn.reset());

const machine = 'arn:aws:states:eu-west-1:111111111111:stateMachine:forkcast-prod-restaurant-onboarding';
const workflows = () => new SfnWorkflows({ stateMachineArns: { 'restaurant-onboarding': machine }, client: new SFNClient({ region: 'eu-west-1' }) });
const inputsOf = <T extends object>(command: new (input: T) => unknown) => sfn.commandCalls(command as never).map((c) => c.args[0].input);

describe('SfnWorkflows', () => {
  it('starts a named execution on the configured state machine, with the input as JSON text', async () => {
    sfn.on(StartExecutionCommand).resolves({ executionArn: `${machine.replace(':stateMachine:', ':execution:')}:onboard-r-c`, startDate: new Date('2026-01-01T00:00:00Z') });
    expect(await workflows().startExecution('restaurant-onboarding', 'onboard-r-c', { claimId: 'c' })).toEqual({
      executionArn: 'arn:aws:states:eu-west-1:111111111111:execution:forkcast-prod-restaurant-onboarding:onboard-r-c', startDate: '2026-01-01T00:00:00.000Z',
    });
    expect(inputsOf(StartExecutionCommand)).toEqual([{ stateMachineArn: machine, name: 'onboard-r-c', input: '{"claimId":"c"}' }]);
  });

  it('rejects a second start with a taken name, as Step Functions does', async () => {
    sfn.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'Execution Already Exists', $metadata: {} }));
    await expect(workflows().startExecution('restaurant-onboarding', 'onboard-r-c', {})).rejects.toBeInstanceOf(ExecutionAlreadyExistsError);
    await expect(workflows().startExecution('no-such-workflow', 'x', {})).rejects.toThrow(/no state machine ARN/);
  });

  it('sends task success, failure (cut to the lengths Step Functions accepts) and heartbeat', async () => {
    sfn.on(SendTaskSuccessCommand).resolves({}).on(SendTaskFailureCommand).resolves({}).on(SendTaskHeartbeatCommand).resolves({});
    await workflows().sendTaskSuccess('token-1', { status: 'completed' });
    await workflows().sendTaskFailure('token-2', 'E'.repeat(300), 'because');
    await workflows().sendTaskHeartbeat('token-3');
    expect(inputsOf(SendTaskSuccessCommand)).toEqual([{ taskToken: 'token-1', output: '{"status":"completed"}' }]);
    expect(inputsOf(SendTaskFailureCommand)).toEqual([{ taskToken: 'token-2', error: 'E'.repeat(256), cause: 'because' }]);
    expect(inputsOf(SendTaskHeartbeatCommand)).toEqual([{ taskToken: 'token-3' }]);
  });

  it('reports a token whose task is gone as TaskTokenGoneError, and other failures as they are', async () => {
    sfn.on(SendTaskSuccessCommand).rejectsOnce(new TaskTimedOut({ message: 'Task Timed Out', $metadata: {} }))
      .rejectsOnce(new InvalidToken({ message: 'Invalid token', $metadata: {} }))
      .rejectsOnce(new Error('throttled'));
    await expect(workflows().sendTaskSuccess('t', {})).rejects.toBeInstanceOf(TaskTokenGoneError);
    await expect(workflows().sendTaskSuccess('t', {})).rejects.toBeInstanceOf(TaskTokenGoneError);
    await expect(workflows().sendTaskSuccess('t', {})).rejects.toThrow('throttled');
  });

  it('stops, lists (every page), describes and reads the history of executions by workflow and name', async () => {
    const arn = `${machine.replace(':stateMachine:', ':execution:')}:onboard-r-c`;
    sfn.on(StopExecutionCommand).resolves({});
    sfn.on(ListExecutionsCommand)
      .resolvesOnce({ executions: [{ executionArn: arn, stateMachineArn: machine, name: 'onboard-r-c', status: 'RUNNING', startDate: new Date(0) }], nextToken: 'p2' })
      .resolvesOnce({ executions: [{ executionArn: `${arn}2`, stateMachineArn: machine, name: 'onboard-r-c2', status: 'SUCCEEDED', startDate: new Date(0), stopDate: new Date(1000) }] });
    sfn.on(DescribeExecutionCommand).resolves({ executionArn: arn, stateMachineArn: machine, name: 'onboard-r-c', status: 'RUNNING', startDate: new Date(0), input: '{"a":1}' });
    sfn.on(GetExecutionHistoryCommand).resolves({ events: [{ id: 1, type: 'ExecutionStarted', timestamp: new Date(0), executionStartedEventDetails: { input: '{}' } }] });

    await workflows().stopExecution(arn, 'ClaimCancelled', 'staff cancelled the claim');
    expect(inputsOf(StopExecutionCommand)).toEqual([{ executionArn: arn, error: 'ClaimCancelled', cause: 'staff cancelled the claim' }]);
    const listed = await workflows().listExecutions('restaurant-onboarding', { status: 'RUNNING' });
    expect(listed.map((e) => e.name)).toEqual(['onboard-r-c', 'onboard-r-c2']);
    expect(inputsOf(ListExecutionsCommand)).toEqual([
      { stateMachineArn: machine, statusFilter: 'RUNNING', nextToken: undefined },
      { stateMachineArn: machine, statusFilter: 'RUNNING', nextToken: 'p2' },
    ]);
    expect(await workflows().describeExecution({ workflow: 'restaurant-onboarding', name: 'onboard-r-c' })).toEqual({
      executionArn: arn, workflow: 'restaurant-onboarding', name: 'onboard-r-c', status: 'RUNNING', startDate: '1970-01-01T00:00:00.000Z', input: { a: 1 },
    });
    expect(inputsOf(DescribeExecutionCommand)).toEqual([{ executionArn: arn }]);
    expect(await workflows().getExecutionHistory(arn)).toEqual([{ id: 1, type: 'ExecutionStarted', timestamp: '1970-01-01T00:00:00.000Z', executionStartedEventDetails: { input: '{}' } }]);
  });

  it('reports an unknown execution as ExecutionNotFoundError', async () => {
    sfn.on(DescribeExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));
    sfn.on(StopExecutionCommand).rejects(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));
    await expect(workflows().describeExecution('arn:aws:states:eu-west-1:1:execution:m:x')).rejects.toBeInstanceOf(ExecutionNotFoundError);
    await expect(workflows().stopExecution({ workflow: 'restaurant-onboarding', name: 'never-started' })).rejects.toBeInstanceOf(ExecutionNotFoundError);
    expect(inputsOf(StopExecutionCommand)).toEqual([{ executionArn: `${machine.replace(':stateMachine:', ':execution:')}:never-started` }]);
  });

  it('redrives an execution by its ARN, answering the redrive date, and reports one that cannot be redriven', async () => {
    const arn = `${machine.replace(':stateMachine:', ':execution:')}:onboard-r-c`;
    sfn.on(RedriveExecutionCommand)
      .resolvesOnce({ redriveDate: new Date('2026-02-01T10:00:00Z') })
      .rejectsOnce(new ExecutionNotRedrivable({ message: 'Execution is SUCCEEDED and cannot be redriven.', $metadata: {} }))
      .rejectsOnce(new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} }));
    expect(await workflows().redriveExecution({ workflow: 'restaurant-onboarding', name: 'onboard-r-c' })).toEqual({ redriveDate: '2026-02-01T10:00:00.000Z' });
    const refused = workflows().redriveExecution(arn);
    await expect(refused).rejects.toBeInstanceOf(ExecutionNotRedrivableError);
    await expect(refused).rejects.toMatchObject({ execution: arn, reason: 'Execution is SUCCEEDED and cannot be redriven.' });
    await expect(workflows().redriveExecution(arn)).rejects.toBeInstanceOf(ExecutionNotFoundError);
    // Exactly the ARN: no clientToken, so a retried call is not mistaken for the same redrive.
    expect(inputsOf(RedriveExecutionCommand)).toEqual([{ executionArn: arn }, { executionArn: arn }, { executionArn: arn }]);
  });

  it("describes an execution's redrive fields as Step Functions returns them", async () => {
    const arn = `${machine.replace(':stateMachine:', ':execution:')}:onboard-r-c`;
    sfn.on(DescribeExecutionCommand).resolves({
      executionArn: arn, stateMachineArn: machine, name: 'onboard-r-c', status: 'FAILED', startDate: new Date(0), stopDate: new Date(5000), input: '{}',
      error: 'Broken', redriveCount: 2, redriveDate: new Date(3000), redriveStatus: 'REDRIVABLE',
    });
    expect(await workflows().describeExecution(arn)).toMatchObject({
      status: 'FAILED', error: 'Broken', redriveCount: 2, redriveDate: '1970-01-01T00:00:03.000Z', redriveStatus: 'REDRIVABLE',
    });
  });
});
