import { describe, expect, it } from 'vitest';
import { testEngine } from './testSupport';
import type { Json, JsonObject, StateMachineDefinition } from './types';

// Developer guide, "Error names": States.ALL "can't catch the States.DataLimitExceeded terminal error
// and runtime error types"; States.Runtime "isn't retriable, and will always cause the execution to
// fail. A retry or catch on States.ALL won't catch States.Runtime errors."

async function run(definition: StateMachineDefinition, input: Json) {
  const t = testEngine(definition);
  let calls = 0;
  t.engine.tasks.registerFunction('count', (event) => {
    calls++;
    return event;
  });
  const startedAt = t.clock.now();
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input });
  await t.clock.runUntil(() => exec.finished);
  return { outcome: await exec.done, calls, history: exec.history, elapsedMs: t.clock.now() - startedAt };
}

/** A Task calling `count`, then the fields given (paths, Retry, Catch); a catcher goes to Caught. */
function task(fields: JsonObject): StateMachineDefinition {
  return {
    StartAt: 'Count',
    States: {
      Count: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:111111111111:function:count', ...fields, End: true },
      Caught: { Type: 'Pass', End: true },
    },
  };
}

const catchAll = { Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }] };
const retryAll = { Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2, IntervalSeconds: 1 }] };

describe('States.ALL and States.Runtime', () => {
  it('a States.ALL catcher does not catch an OutputPath that matches nothing', async () => {
    const { outcome } = await run(task({ OutputPath: '$.missing', ...catchAll }), { a: 1 });
    expect(outcome.status).toBe('FAILED');
    expect(outcome.error).toBe('States.Runtime');
    expect(outcome.cause).toMatch(/^An error occurred while executing the state 'Count' \(entered at the event id #2\)\. Invalid path '\$\.missing'/);
  });

  it('a States.ALL catcher does not catch an InputPath or Parameters path that matches nothing', async () => {
    for (const fields of [{ InputPath: '$.missing' }, { Parameters: { 'v.$': '$.missing' } }] as JsonObject[]) {
      const { outcome, calls } = await run(task({ ...fields, ...catchAll }), { a: 1 });
      expect(outcome.error).toBe('States.Runtime');
      expect(calls).toBe(0);
    }
  });

  it('a States.ALL catcher does not catch a ResultSelector path that matches nothing', async () => {
    const { outcome } = await run(task({ ResultSelector: { 'v.$': '$.missing' }, ...catchAll }), { a: 1 });
    expect(outcome.error).toBe('States.Runtime');
  });

  it('a States.ALL retrier does not retry States.Runtime', async () => {
    const { outcome, calls, history, elapsedMs } = await run(task({ Parameters: { 'v.$': '$.missing' }, ...retryAll, ...catchAll }), { a: 1 });
    expect(outcome.error).toBe('States.Runtime');
    expect(calls).toBe(0);
    expect(elapsedMs).toBe(0);
    expect(history.filter((e) => e.type === 'LambdaFunctionScheduled')).toHaveLength(0);
  });

  it('a retrier naming States.Runtime does not retry it either ("isn\'t retriable")', async () => {
    const retryRuntime = { Retry: [{ ErrorEquals: ['States.Runtime'], MaxAttempts: 2, IntervalSeconds: 5 }] };
    const otherCatcher = { Catch: [{ ErrorEquals: ['Other'], Next: 'Caught' }] };
    const { outcome, history, elapsedMs } = await run(task({ Parameters: { 'v.$': '$.missing' }, ...retryRuntime, ...otherCatcher }), { a: 1 });
    expect(outcome.error).toBe('States.Runtime');
    // No retry means no retry interval: the failure follows the state's entry at once.
    expect(elapsedMs).toBe(0);
    expect(history.map((e) => e.type)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'ExecutionFailed']);
  });

  it('a catcher that names States.Runtime explicitly still catches it', async () => {
    const { outcome } = await run(task({ OutputPath: '$.missing', Catch: [{ ErrorEquals: ['States.Runtime'], Next: 'Caught' }] }), { a: 1 });
    expect(outcome.status).toBe('SUCCEEDED');
    expect((outcome.output as JsonObject).Error).toBe('States.Runtime');
  });

  it('a States.ALL catcher still catches an ordinary task error and States.ResultPathMatchFailure', async () => {
    const { outcome } = await run(task({ ResultPath: '$.a.b', ...catchAll }), { a: 1 });
    expect(outcome.status).toBe('SUCCEEDED');
    expect((outcome.output as JsonObject).Error).toBe('States.ResultPathMatchFailure');
  });

  it('a States.TaskFailed catcher does not catch States.Runtime', async () => {
    const { outcome } = await run(task({ OutputPath: '$.missing', Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Caught' }] }), { a: 1 });
    expect(outcome.error).toBe('States.Runtime');
  });
});
