import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import type { HistoryEvent } from '../history/historyEvent';
import { VirtualClock } from './virtualClock';
import { eventTypes, persisted, testEngine } from './testSupport';
import type { Json, JsonObject, StateMachineDefinition } from './types';

const fn = (name: string) => `arn:aws:lambda:us-east-1:111111111111:function:${name}`;

/** Prepare (a Task) → Call (fails while `broken`) → Done. */
const pipeline: StateMachineDefinition = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Task', Resource: fn('prepare'), ResultPath: '$.prepared', Next: 'Call' },
    Call: {
      Type: 'Task',
      Resource: fn('call'),
      Parameters: { 'prepared.$': '$.prepared', 'redrives.$': '$$.Execution.RedriveCount' },
      Retry: [{ ErrorEquals: ['Broken'], IntervalSeconds: 1, MaxAttempts: 1 }],
      Next: 'Done',
    },
    Done: { Type: 'Pass', End: true },
  },
};

function pipelineEngine(clock?: VirtualClock) {
  const t = testEngine(pipeline, { clock });
  const calls = { prepare: 0, call: 0 };
  const flags = { broken: true };
  t.engine.tasks.registerFunction('prepare', () => {
    calls.prepare++;
    return { ticket: 't-1' };
  });
  t.engine.tasks.registerFunction('call', (event) => {
    calls.call++;
    if (flags.broken) throw new StatesError('Broken', 'the downstream is down');
    return { called: event };
  });
  return { ...t, calls, flags };
}

const after = (history: HistoryEvent[], type: string) => history.slice(history.findIndex((e) => e.type === type));

describe('RedriveExecution', () => {
  it('re-runs the failed state only: the states that succeeded are not run again', async () => {
    const { engine, machine, clock, calls, flags } = pipelineEngine();
    const first = engine.startExecution({ stateMachineArn: machine.arn, name: 'order-1', input: { order: 1 } });
    await clock.runUntil(() => first.finished);
    expect(first.status).toBe('FAILED');
    expect(calls).toEqual({ prepare: 1, call: 2 });
    const failedAt = first.history.length;

    flags.broken = false;
    await clock.advance(60_000);
    const redriven = engine.redriveExecution(first.arn);
    expect(redriven.arn).toBe(first.arn);
    expect(redriven.name).toBe('order-1');
    expect(redriven.status).toBe('RUNNING');
    expect(engine.describeExecution(first.arn)).toBe(redriven);
    await clock.runUntil(() => redriven.finished);

    expect(redriven.status).toBe('SUCCEEDED');
    expect(calls).toEqual({ prepare: 1, call: 3 });
    expect(redriven.output).toEqual({ called: { prepared: { ticket: 't-1' }, redrives: 1 } });
    expect(redriven.redriveCount).toBe(1);
    expect(redriven.redriveDate).toBe(new Date(Date.UTC(2025, 0, 1) + 60_000 + 1000).toISOString());
    // The failed attempt's history is kept; the redrive appends to it.
    expect(redriven.history.slice(0, failedAt)).toEqual(first.history.slice(0, failedAt));
    expect(redriven.history.map((e) => e.id)).toEqual(redriven.history.map((_, i) => i + 1));
    const redrive = redriven.history[failedAt]!;
    expect(redrive).toMatchObject({ type: 'ExecutionRedriven', previousEventId: failedAt, executionRedrivenEventDetails: { redriveCount: 1 } });
    expect(eventTypes(after(redriven.history, 'ExecutionRedriven'))).toEqual([
      'ExecutionRedriven',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect((redriven.history[failedAt + 1]!.stateEnteredEventDetails as { name: string }).name).toBe('Call');
  });

  it('counts every redrive, and a redrive that fails again can be redriven again', async () => {
    const { engine, machine, clock, calls, flags } = pipelineEngine();
    const first = engine.startExecution({ stateMachineArn: machine.arn, name: 'order-2', input: {} });
    await clock.runUntil(() => first.finished);
    const second = engine.redriveExecution(first.arn);
    await clock.runUntil(() => second.finished);
    expect(second.status).toBe('FAILED');
    expect(second.redriveCount).toBe(1);
    // Its retries start over: the state is run again, not continued.
    expect(calls.call).toBe(4);

    flags.broken = false;
    const third = engine.redriveExecution(first.arn);
    await clock.runUntil(() => third.finished);
    expect(third.status).toBe('SUCCEEDED');
    expect(third.redriveCount).toBe(2);
    expect(calls).toEqual({ prepare: 1, call: 5 });
    expect(third.history.filter((e) => e.type === 'ExecutionRedriven').map((e) => e.executionRedrivenEventDetails)).toEqual([{ redriveCount: 1 }, { redriveCount: 2 }]);
    expect((third.output as JsonObject).called).toEqual({ prepared: { ticket: 't-1' }, redrives: 2 });
  });

  it('refuses an execution that succeeded, one still running, an Express one and one stopped over 14 days ago', async () => {
    const { engine, machine, clock, flags } = pipelineEngine();
    flags.broken = false;
    const done = engine.startExecution({ stateMachineArn: machine.arn, name: 'fine', input: {} });
    await clock.runUntil(() => done.finished);
    expect(() => engine.redriveExecution(done.arn)).toThrow(StatesError);
    expect(engine.redriveStatus(done.arn)).toEqual({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven.' });
    try {
      engine.redriveExecution(done.arn);
    } catch (e) {
      expect((e as StatesError).error).toBe('ExecutionNotRedrivable');
    }

    const waiting = engine.createStateMachine('waits', { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 100, End: true } } });
    const running = engine.startExecution({ stateMachineArn: waiting.arn, input: {} });
    expect(engine.redriveStatus(running.arn)).toEqual({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is RUNNING and cannot be redriven.' });
    expect(() => engine.redriveExecution(running.arn)).toThrow(/RUNNING and cannot be redriven/);

    const express = engine.createStateMachine('fails-fast', { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'No' } } }, undefined, 'EXPRESS');
    const expressRun = engine.startExecution({ stateMachineArn: express.arn, input: {} });
    await clock.runUntil(() => expressRun.finished);
    expect(engine.redriveStatus(expressRun.arn).redriveStatus).toBe('NOT_REDRIVABLE');

    flags.broken = true;
    const old = engine.startExecution({ stateMachineArn: machine.arn, name: 'old', input: {} });
    await clock.runUntil(() => old.finished);
    expect(engine.redriveStatus(old.arn)).toEqual({ redriveStatus: 'REDRIVABLE' });
    await clock.advance(14 * 24 * 3600_000 + 1);
    expect(engine.redriveStatus(old.arn)).toEqual({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution redrivable period exceeded.' });
    expect(() => engine.redriveExecution(old.arn)).toThrow(/redrivable period exceeded/);
    expect(() => engine.redriveExecution(`${machine.arn.replace(':stateMachine:', ':execution:')}:nope`)).toThrow(/Execution Does Not Exist/);
  });

  it('re-runs only the Map iterations that failed', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: fn('work'), End: true } } },
          End: true,
        },
      },
    };
    const { engine, machine, clock } = testEngine(def);
    const runs: Record<number, number> = {};
    let broken = true;
    engine.tasks.registerFunction('work', (event) => {
      const n = (event as { n: number }).n;
      runs[n] = (runs[n] ?? 0) + 1;
      if (n === 2 && broken) throw new StatesError('Broken', 'item 2');
      return n * 10;
    });
    const first = engine.startExecution({ stateMachineArn: machine.arn, input: [{ n: 1 }, { n: 2 }, { n: 3 }] as Json });
    await clock.runUntil(() => first.finished);
    expect(first.status).toBe('FAILED');
    expect(runs).toEqual({ 1: 1, 2: 1, 3: 1 });

    broken = false;
    const redriven = engine.redriveExecution(first.arn);
    await clock.runUntil(() => redriven.finished);
    expect(redriven.status).toBe('SUCCEEDED');
    expect(redriven.output).toEqual([10, 20, 30]);
    expect(runs).toEqual({ 1: 1, 2: 2, 3: 1 });
    expect(eventTypes(after(redriven.history, 'ExecutionRedriven'))).toEqual([
      'ExecutionRedriven',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'MapIterationSucceeded',
      'MapStateSucceeded',
      'MapStateExited',
      'ExecutionSucceeded',
    ]);
    expect(after(redriven.history, 'ExecutionRedriven').find((e) => e.type === 'MapIterationSucceeded')!.mapIterationSucceededEventDetails).toEqual({ name: 'Each', index: 1 });
  });

  it('re-runs only the Parallel branch that failed, and not a caught failure before it', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Guarded',
      States: {
        Guarded: {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Shaky', States: { Shaky: { Type: 'Task', Resource: fn('shaky'), End: true } } }],
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.caught', Next: 'Both' }],
          Next: 'Both',
        },
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Left', States: { Left: { Type: 'Task', Resource: fn('left'), End: true } } },
            { StartAt: 'Right', States: { Right: { Type: 'Task', Resource: fn('right'), End: true } } },
          ],
          End: true,
        },
      },
    };
    const { engine, machine, clock } = testEngine(def);
    const runs = { shaky: 0, left: 0, right: 0 };
    let broken = true;
    engine.tasks.registerFunction('shaky', () => {
      runs.shaky++;
      throw new StatesError('Shaky', 'always');
    });
    engine.tasks.registerFunction('left', () => (runs.left++, 'L'));
    engine.tasks.registerFunction('right', () => {
      runs.right++;
      if (broken) throw new StatesError('Broken', 'right');
      return 'R';
    });
    const first = engine.startExecution({ stateMachineArn: machine.arn, input: {} });
    await clock.runUntil(() => first.finished);
    expect(first.status).toBe('FAILED');
    broken = false;
    const redriven = engine.redriveExecution(first.arn);
    await clock.runUntil(() => redriven.finished);
    expect(redriven.status).toBe('SUCCEEDED');
    expect(redriven.output).toEqual(['L', 'R']);
    expect(runs).toEqual({ shaky: 1, left: 1, right: 2 });
  });

  it('in a loop, re-runs only the visit that failed; a tolerated Map failure before it is not run again', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Tolerant',
      States: {
        Tolerant: {
          Type: 'Map',
          ToleratedFailureCount: 1,
          ItemsPath: '$.list',
          ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Task', Resource: fn('item'), End: true } } },
          ResultPath: '$.items',
          Next: 'Poll',
        },
        Poll: { Type: 'Task', Resource: fn('poll'), ResultPath: '$.polled', Next: 'Done?' },
        'Done?': { Type: 'Choice', Choices: [{ Variable: '$.polled', NumericGreaterThanEquals: 3, Next: 'Finish' }], Default: 'Poll' },
        Finish: { Type: 'Succeed' },
      },
    };
    const { engine, machine, clock } = testEngine(def);
    let items = 0;
    let polls = 0;
    let broken = true;
    engine.tasks.registerFunction('item', (n) => {
      items++;
      if (n === 2) throw new StatesError('Bad', 'item 2');
      return n;
    });
    engine.tasks.registerFunction('poll', () => {
      polls++;
      if (polls === 3 && broken) throw new StatesError('Broken', 'third poll');
      return polls;
    });
    const first = engine.startExecution({ stateMachineArn: machine.arn, input: { list: [1, 2] } });
    await clock.runUntil(() => first.finished);
    expect(first.status).toBe('FAILED');
    expect({ items, polls }).toEqual({ items: 2, polls: 3 });
    broken = false;
    polls = 3;
    const redriven = engine.redriveExecution(first.arn);
    await clock.runUntil(() => redriven.finished);
    expect(redriven.status).toBe('SUCCEEDED');
    expect({ items, polls }).toEqual({ items: 2, polls: 4 });
    expect(redriven.output).toEqual({ list: [1, 2], items: [1], polled: 4 });
    expect(after(redriven.history, 'ExecutionRedriven').filter((e) => e.type === 'TaskStateEntered')).toHaveLength(1);
  });

  it('redrives an aborted Wait from its start and a timed-out execution with its timeout counted from the redrive', async () => {
    const def: StateMachineDefinition = {
      TimeoutSeconds: 100,
      StartAt: 'First',
      States: { First: { Type: 'Pass', Result: 1, ResultPath: '$.first', Next: 'Cool off' }, 'Cool off': { Type: 'Wait', Seconds: 80, End: true } },
    };
    const { engine, machine, clock } = testEngine(def);
    const stopped = engine.startExecution({ stateMachineArn: machine.arn, input: {} });
    await clock.advance(10_000);
    stopped.stop('Manual', 'by staff');
    await stopped.done;
    expect(stopped.status).toBe('ABORTED');
    const again = engine.redriveExecution(stopped.arn);
    const redriveAt = clock.now();
    await clock.runUntil(() => again.finished);
    expect(again.status).toBe('SUCCEEDED');
    expect(clock.now() - redriveAt).toBe(80_000);
    expect(again.history.filter((e) => e.type === 'PassStateEntered')).toHaveLength(1);

    // Waits longer than the machine's timeout allows: TIMED_OUT; a redrive gets a fresh 100 s.
    const slow = engine.createStateMachine('slow', { TimeoutSeconds: 100, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 150, End: true } } });
    const timedOut = engine.startExecution({ stateMachineArn: slow.arn, input: {} });
    await clock.runUntil(() => timedOut.finished);
    expect(timedOut.status).toBe('TIMED_OUT');
    const retried = engine.redriveExecution(timedOut.arn);
    const retriedAt = clock.now();
    await clock.runUntil(() => retried.finished);
    expect(retried.status).toBe('TIMED_OUT');
    expect(clock.now() - retriedAt).toBe(100_000);
  });

  it('a redriven execution rebuilt from its history after a restart carries on where it was', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Prepare',
      States: {
        Prepare: { Type: 'Task', Resource: fn('prepare'), ResultPath: '$.prepared', Next: 'Ask' },
        Ask: {
          Type: 'Task',
          Resource: 'arn:aws:states:::events:putEvents.waitForTaskToken',
          Parameters: { 'Token.$': '$$.Task.Token' },
          ResultPath: '$.answer',
          End: true,
        },
      },
    };
    const first = testEngine(def);
    let prepared = 0;
    const tokens: string[] = [];
    first.engine.tasks.registerFunction('prepare', () => (prepared++, 'ready'));
    first.engine.tasks.registerIntegration('events:putEvents', async (req) => (tokens.push(req.taskToken!), {}));
    const exec = first.engine.startExecution({ stateMachineArn: first.machine.arn, name: 'ask-1', input: {} });
    await first.clock.advance(1000);
    first.engine.sendTaskFailure(tokens[0]!, 'Nope', 'not now');
    await first.clock.runUntil(() => exec.finished);
    expect(exec.status).toBe('FAILED');
    const redriven = first.engine.redriveExecution(exec.arn);
    await first.clock.advance(1000);
    expect(tokens).toHaveLength(2);
    const stored = persisted(redriven.history);
    expect(eventTypes(stored).slice(-1)).toEqual(['TaskSubmitted']);

    const second = testEngine(def, { clock: new VirtualClock(first.clock.now() + 5000) });
    let preparedAgain = 0;
    const resent: string[] = [];
    second.engine.tasks.registerFunction('prepare', () => (preparedAgain++, 'again'));
    second.engine.tasks.registerIntegration('events:putEvents', async (req) => (resent.push(req.taskToken!), {}));
    const resumed = second.engine.resumeExecution(second.machine.arn, exec.arn, stored);
    expect(resumed.redriveCount).toBe(1);
    expect(resumed.redriveDate).toBe(redriven.redriveDate);
    await second.clock.advance(1000);
    expect(resumed.history).toHaveLength(stored.length);
    second.engine.sendTaskSuccess(tokens[1]!, JSON.stringify({ yes: true }));
    await second.clock.runUntil(() => resumed.finished);
    expect(resumed.status).toBe('SUCCEEDED');
    expect(resumed.output).toEqual({ prepared: 'ready', answer: { yes: true } });
    expect({ prepared, preparedAgain, resent: resent.length }).toEqual({ prepared: 1, preparedAgain: 0, resent: 0 });
    expect(eventTypes(resumed.history).filter((t) => t === 'ExecutionRedriven')).toHaveLength(1);

  });
});
