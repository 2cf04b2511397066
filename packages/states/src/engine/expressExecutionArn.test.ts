import { describe, expect, it } from 'vitest';
import { runCase } from '../conformance/runCase';
import { bindLocalIntegrations } from '../tasks/localIntegrations';
import { executionArn, executionNameOf } from './executionArn';
import { StatesEngine } from './statesEngine';
import { VirtualClock } from './virtualClock';
import type { JsonObject, StateMachineDefinition } from './types';

// AWS: arn:aws:states:<region>:<account>:express:<stateMachineName>:<executionName>:<uuid> for an
// Express execution (StartSyncExecution, StartExecution of an EXPRESS machine, $$.Execution.Id),
// arn:aws:states:<region>:<account>:execution:<stateMachineName>:<executionName> for a Standard one.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const echoId: StateMachineDefinition = { StartAt: 'Id', States: { Id: { Type: 'Pass', Parameters: { 'id.$': '$$.Execution.Id', 'name.$': '$$.Execution.Name' }, End: true } } };

function engine() {
  const clock = new VirtualClock(Date.UTC(2025, 0, 1));
  return { clock, engine: new StatesEngine({ clock, region: 'eu-west-1', accountId: '123456789012' }) };
}

describe('execution ARNs', () => {
  it('an Express execution has the express: form, in its ARN and in $$.Execution.Id', async () => {
    const { clock, engine: e } = engine();
    const machine = e.createStateMachine('quick', echoId, undefined, 'EXPRESS');
    expect(machine.type).toBe('EXPRESS');
    const exec = e.startExecution({ stateMachineArn: machine.arn, name: 'run-1' });
    expect(exec.arn).toMatch(new RegExp(`^arn:aws:states:eu-west-1:123456789012:express:quick:run-1:${UUID.source}$`));
    expect(exec.name).toBe('run-1');
    await clock.runUntil(() => exec.finished);
    expect(((await exec.done).output as JsonObject).id).toBe(exec.arn);
    expect(((await exec.done).output as JsonObject).name).toBe('run-1');
    expect(e.describeExecution(exec.arn)).toBe(exec);
  });

  it('two Express executions may share a name (StartExecution is not idempotent for Express)', () => {
    const { engine: e } = engine();
    const machine = e.createStateMachine('quick', echoId, undefined, 'EXPRESS');
    const a = e.startExecution({ stateMachineArn: machine.arn, name: 'same' });
    const b = e.startExecution({ stateMachineArn: machine.arn, name: 'same' });
    expect(a.arn).not.toBe(b.arn);
  });

  it('an unnamed Express execution is named by a UUID, and its ARN ends in another', () => {
    const { engine: e } = engine();
    const exec = e.startExecution({ stateMachineArn: e.createStateMachine('quick', echoId, undefined, 'EXPRESS').arn });
    const parts = exec.arn.split(':');
    expect(parts).toHaveLength(9);
    expect(parts[7]).toBe(exec.name);
    expect(parts[7]).toMatch(UUID);
    expect(parts[8]).toMatch(UUID);
  });

  it('a Standard execution (the default type) keeps the execution: form', () => {
    const { engine: e } = engine();
    const machine = e.createStateMachine('slow', echoId);
    expect(machine.type).toBe('STANDARD');
    expect(e.startExecution({ stateMachineArn: machine.arn, name: 'run-1' }).arn).toBe('arn:aws:states:eu-west-1:123456789012:execution:slow:run-1');
  });

  it('states:startExecution of an Express child answers the express: ARN', async () => {
    const { clock, engine: e } = engine();
    const child = e.createStateMachine('child', echoId, undefined, 'EXPRESS');
    const parent = e.createStateMachine('parent', {
      StartAt: 'Start child',
      States: { 'Start child': { Type: 'Task', Resource: 'arn:aws:states:::states:startExecution', Parameters: { StateMachineArn: child.arn, Name: 'kid' }, End: true } },
    });
    bindLocalIntegrations(e, {});
    const exec = e.startExecution({ stateMachineArn: parent.arn });
    await clock.runUntil(() => exec.finished);
    const out = (await exec.done).output as JsonObject;
    expect(out.ExecutionArn).toMatch(new RegExp(`^arn:aws:states:eu-west-1:123456789012:express:child:kid:${UUID.source}$`));
  });

  it('an injected expressExecutionId makes the ARN reproducible, and resuming keeps the name', () => {
    const e = new StatesEngine({ clock: new VirtualClock(0), expressExecutionId: (machine, name) => `id-of-${machine}-${name}` });
    const machine = e.createStateMachine('quick', echoId, undefined, 'EXPRESS');
    const exec = e.startExecution({ stateMachineArn: machine.arn, name: 'n' });
    expect(exec.arn).toBe('arn:aws:states:us-east-1:111111111111:express:quick:n:id-of-quick-n');
    const resumed = e.resumeExecution(machine.arn, exec.arn, exec.history);
    expect(resumed.name).toBe('n');
  });

  it('executionArn and executionNameOf', () => {
    const sm = 'arn:aws:states:us-east-1:111111111111:stateMachine:m';
    expect(executionArn(sm, 'STANDARD', 'n')).toBe('arn:aws:states:us-east-1:111111111111:execution:m:n');
    expect(executionArn(sm, 'EXPRESS', 'n', 'u')).toBe('arn:aws:states:us-east-1:111111111111:express:m:n:u');
    expect(executionNameOf('arn:aws:states:us-east-1:111111111111:express:m:n:u')).toBe('n');
    expect(executionNameOf('arn:aws:states:us-east-1:111111111111:execution:m:n')).toBe('n');
    expect(executionNameOf('n')).toBe('n');
  });

  it('the conformance runner runs an EXPRESS_SYNC case on an Express machine', async () => {
    const base = { id: 'x::express', definition: echoId, input: {}, expected: { status: 'SUCCEEDED' } };
    const express = await runCase({ ...base, compare: { execution_kind: 'EXPRESS_SYNC' } });
    expect((express.output as JsonObject).id).toMatch(new RegExp(`^arn:aws:states:us-east-1:111111111111:express:sm-conformance:exec-conformance:${UUID.source}$`));
    const standard = await runCase({ ...base, compare: { execution_kind: 'STANDARD' } });
    expect((standard.output as JsonObject).id).toBe('arn:aws:states:us-east-1:111111111111:execution:sm-conformance:exec-conformance');
  });
});
