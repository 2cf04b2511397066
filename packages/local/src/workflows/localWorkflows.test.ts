import { describe, expect, it } from 'vitest';
import { ExecutionAlreadyExistsError, ExecutionNotFoundError, ExecutionNotRedrivableError, TaskTokenGoneError } from '@forkcast/core';
import { VirtualClock } from '@forkcast/states';
import { approvalDefinition, approvalWorkflow } from './approvalWorkflow';
import { createWorkflowHost } from './createWorkflowHost';
import { driveUntil } from './driveUntil';
import { localWorkflows } from './localWorkflows';


async function started() {
  const asked: { token: string }[] = [];
  const clock = new VirtualClock();
  const host = createWorkflowHost({ workflows: [approvalWorkflow], readDefinition: async () => structuredClone(approvalDefinition), loadHandler: async () => (event: never) => void asked.push(event), clock });
  await host.start();
  return { host, clock, asked, workflows: localWorkflows(() => host) };
}

describe('the Workflows port on the local engine', () => {
  it('starts named executions and refuses a taken name as Step Functions does', async () => {
    const { host, workflows } = await started();
    const first = await workflows.startExecution('approval', 'approve-7', { item: 'a' });
    expect(first.executionArn).toBe('arn:aws:states:us-east-1:000000000000:execution:approval:approve-7');
    // The same input while it runs is answered again (Standard StartExecution is idempotent); another input is not.
    expect(await workflows.startExecution('approval', 'approve-7', { item: 'a' })).toEqual(first);
    await expect(workflows.startExecution('approval', 'approve-7', { item: 'b' })).rejects.toBeInstanceOf(ExecutionAlreadyExistsError);
    await host.stop();
  });

  it('answers the task token, then reports it gone; lists, describes and reads the history', async () => {
    const { host, clock, asked, workflows } = await started();
    await workflows.startExecution('approval', 'approve-8', { item: 'a' });
    await driveUntil(clock, () => asked.length === 1);
    await workflows.sendTaskHeartbeat(asked[0]!.token);
    await workflows.sendTaskSuccess(asked[0]!.token, { approved: true });
    await driveUntil(clock, () => host.describeExecution('approve-8').status !== 'RUNNING');
    await expect(workflows.sendTaskSuccess(asked[0]!.token, {})).rejects.toBeInstanceOf(TaskTokenGoneError);
    expect(await workflows.describeExecution({ workflow: 'approval', name: 'approve-8' })).toMatchObject({ status: 'SUCCEEDED', input: { item: 'a' }, output: { item: 'a', decision: { approved: true } } });
    expect((await workflows.listExecutions('approval', { status: 'SUCCEEDED' })).map((e) => e.name)).toEqual(['approve-8']);
    expect((await workflows.getExecutionHistory('approve-8')).map((e) => e.type)).toContain('TaskSubmitted');
    await expect(workflows.describeExecution('nope')).rejects.toBeInstanceOf(ExecutionNotFoundError);
    await host.stop();
  });

  it('stops a running execution as ABORTED, and leaves a finished one alone', async () => {
    const { host, clock, asked, workflows } = await started();
    await workflows.startExecution('approval', 'approve-9', { item: 'c' });
    await driveUntil(clock, () => asked.length === 1);
    await workflows.stopExecution('approve-9', 'ClaimCancelled', 'staff cancelled it');
    expect(await workflows.describeExecution('approve-9')).toMatchObject({ status: 'ABORTED' });
    await workflows.stopExecution({ workflow: 'approval', name: 'approve-9' });
    expect(await workflows.describeExecution('approve-9')).toMatchObject({ status: 'ABORTED' });
    // As StopExecution answers ExecutionDoesNotExist: a policy stopping what never started knows it.
    await expect(workflows.stopExecution({ workflow: 'approval', name: 'never-started' })).rejects.toBeInstanceOf(ExecutionNotFoundError);
    await host.stop();
  });

  it('redrives an aborted execution under the same ARN, and refuses one that runs or never started', async () => {
    const { host, clock, asked, workflows } = await started();
    const { executionArn } = await workflows.startExecution('approval', 'approve-10', { item: 'd' });
    await driveUntil(clock, () => asked.length === 1);
    await workflows.stopExecution('approve-10');
    const { redriveDate } = await workflows.redriveExecution({ workflow: 'approval', name: 'approve-10' });
    expect(await workflows.describeExecution(executionArn)).toMatchObject({ executionArn, status: 'RUNNING', redriveCount: 1, redriveDate, redriveStatus: 'NOT_REDRIVABLE' });
    await driveUntil(clock, () => asked.length === 2);
    const refused = workflows.redriveExecution('approve-10');
    await expect(refused).rejects.toBeInstanceOf(ExecutionNotRedrivableError);
    await expect(refused).rejects.toMatchObject({ reason: expect.stringContaining('Execution is RUNNING and cannot be redriven.') });
    await expect(workflows.redriveExecution('never-started')).rejects.toBeInstanceOf(ExecutionNotFoundError);
    await workflows.sendTaskSuccess(asked[1]!.token, { approved: true });
    await driveUntil(clock, () => host.describeExecution('approve-10').status !== 'RUNNING');
    expect(await workflows.describeExecution('approve-10')).toMatchObject({ status: 'SUCCEEDED', output: { item: 'd', decision: { approved: true } } });
    await host.stop();
  });
});
