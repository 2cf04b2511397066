import { describe, expect, it } from 'vitest';
import { persisted, testEngine } from './testSupport';
import type { Json, JsonObject, StateMachineDefinition } from './types';

// A function returning more than Step Functions' 256 KiB payload quota (the conformance corpus's
// `large_output_string` behaviour: 263,168 bytes of `a`). Recorded on AWS: the Task fails with
// States.DataLimitExceeded, a States.ALL catcher catches it (the developer guide says States.ALL
// cannot), and the cause names the service, not the state.
const LARGE = 'a'.repeat(263_168);
const CAUSE = "The state/task 'lambda' returned a result with a size exceeding the maximum number of bytes service limit.";

async function run(definition: StateMachineDefinition, input: Json = {}) {
  const t = testEngine(definition);
  let calls = 0;
  t.engine.tasks.registerFunction('large', () => {
    calls++;
    return LARGE;
  });
  t.engine.tasks.registerFunction('echo', (event) => event);
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input });
  await t.clock.runUntil(() => exec.finished);
  return { outcome: await exec.done, history: exec.history, calls: () => calls };
}

const invoke = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'large', Payload: {} } };
const plainLambda = { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:large' };

function machine(taskState: JsonObject, fields: JsonObject = {}): StateMachineDefinition {
  return {
    StartAt: 'Invoke large function',
    States: {
      'Invoke large function': { ...taskState, ...fields, Next: 'Done' } as never,
      Done: { Type: 'Pass', End: true },
      'Handle too large': { Type: 'Pass', End: true },
    },
  };
}

const catchAll = { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle too large' }] };

describe('a Task result over the payload limit', () => {
  it('lambda:invoke: fails the execution with States.DataLimitExceeded naming the service', async () => {
    const { outcome, history } = await run({ StartAt: 'Invoke large function', States: { 'Invoke large function': { ...invoke, End: true } as never } });
    expect(outcome).toEqual({ status: 'FAILED', error: 'States.DataLimitExceeded', cause: CAUSE });
    const failed = history.find((e) => e.type === 'TaskFailed');
    expect(failed?.taskFailedEventDetails).toEqual({ resourceType: 'lambda', resource: 'invoke', error: 'States.DataLimitExceeded', cause: CAUSE });
  });

  it('lambda:invoke: a States.ALL catcher catches it (recorded on AWS)', async () => {
    const { outcome } = await run(machine(invoke, catchAll));
    expect(outcome).toEqual({ status: 'SUCCEEDED', output: { Error: 'States.DataLimitExceeded', Cause: CAUSE } });
  });

  it('lambda:invoke: a catcher naming States.DataLimitExceeded catches it first', async () => {
    const { outcome } = await run(
      machine(invoke, { Catch: [{ ErrorEquals: ['States.DataLimitExceeded'], ResultPath: '$.error', Next: 'Handle too large' }, ...catchAll.Catch] }),
      { keep: true },
    );
    expect(outcome).toEqual({ status: 'SUCCEEDED', output: { keep: true, error: { Error: 'States.DataLimitExceeded', Cause: CAUSE } } });
  });

  it('a plain Lambda ARN Task: the same error, cause and catch', async () => {
    const failed = await run({ StartAt: 'Invoke large function', States: { 'Invoke large function': { ...plainLambda, End: true } as never } });
    expect(failed.outcome).toEqual({ status: 'FAILED', error: 'States.DataLimitExceeded', cause: CAUSE });
    expect(failed.history.find((e) => e.type === 'LambdaFunctionFailed')?.lambdaFunctionFailedEventDetails).toEqual({ error: 'States.DataLimitExceeded', cause: CAUSE });
    const caught = await run(machine(plainLambda, catchAll));
    expect(caught.outcome.output).toEqual({ Error: 'States.DataLimitExceeded', Cause: CAUSE });
  });

  it('a state output over the limit stays terminal: States.ALL does not catch it, and the cause names the state', async () => {
    // The function's result is within the limit; ResultSelector doubles it into the state's output.
    const half = LARGE.slice(0, 140_000);
    const { outcome } = await run({
      StartAt: 'Grow',
      States: {
        Grow: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'echo', Payload: { big: half } },
          ResultSelector: { 'a.$': '$.Payload.big', 'b.$': '$.Payload.big' },
          Catch: catchAll.Catch,
          Next: 'Done',
        },
        Done: { Type: 'Pass', End: true },
        'Handle too large': { Type: 'Pass', End: true },
      },
    });
    expect(outcome).toEqual({
      status: 'FAILED',
      error: 'States.DataLimitExceeded',
      cause: "The state/task 'Grow' returned a result with a size exceeding the maximum number of bytes service limit.",
    });
  });

  it('a States.ALL retrier retries it like any task failure', async () => {
    const { outcome, calls } = await run(machine(invoke, { Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 1 }], ...catchAll }));
    expect(calls()).toBe(2);
    expect(outcome.output).toEqual({ Error: 'States.DataLimitExceeded', Cause: CAUSE });
  });

  it('rebuilt from its history (after a restart), the recorded failure is caught the same way', async () => {
    const { outcome, history } = await run(machine(invoke, catchAll));
    const cut = history.findIndex((e) => e.type === 'TaskFailed');
    const second = testEngine(machine(invoke, catchAll));
    let calls = 0;
    second.engine.tasks.registerFunction('large', () => {
      calls++;
      return LARGE;
    });
    const resumed = second.engine.resumeExecution(second.machine.arn, 'arn:aws:states:us-east-1:111111111111:execution:test-machine:again', persisted(history.slice(0, cut + 1)));
    await second.clock.runUntil(() => resumed.finished);
    expect(await resumed.done).toEqual(outcome);
    expect(calls).toBe(0);
  });
});
