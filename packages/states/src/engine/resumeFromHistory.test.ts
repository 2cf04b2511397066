import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { VirtualClock } from './virtualClock';
import { eventTypes, persisted, testEngine } from './testSupport';
import type { StateMachineDefinition } from './types';
import type { TaskRequest } from '../tasks/taskTypes';

const callbackMachine: StateMachineDefinition = {
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Assign: { claim: 'c-1' }, Result: { restaurant: 'r-9' }, Next: 'Wait for owner to verify' },
    'Wait for owner to verify': {
      Type: 'Task',
      Resource: 'arn:aws:states:::events:putEvents.waitForTaskToken',
      Parameters: { 'Token.$': '$$.Task.Token', 'Restaurant.$': '$.restaurant' },
      ResultPath: '$.verification',
      Next: 'Done',
    },
    Done: { Type: 'Pass', Parameters: { 'claim.$': '$claim', 'verification.$': '$.verification' }, End: true },
  },
};

describe('an execution rebuilt from its history after a restart', () => {
  it('resumes waiting on a task token without calling the integration again', async () => {
    const first = testEngine(callbackMachine);
    const sent: TaskRequest[] = [];
    first.engine.tasks.registerIntegration('events:putEvents', async (req) => {
      sent.push(req);
      return { Entries: [{ EventId: 'e-1' }] };
    });
    const exec = first.engine.startExecution({ stateMachineArn: first.machine.arn, name: 'onboard-r-9', input: {} });
    await first.clock.advance(60_000);
    expect(exec.finished).toBe(false);
    expect(sent).toHaveLength(1);
    const token = sent[0].taskToken!;
    const stored = persisted(exec.history);
    expect(eventTypes(stored).slice(-1)).toEqual(['TaskSubmitted']);

    // The process restarts: a new engine, a clock that moved on, the same definition.
    const second = testEngine(callbackMachine, { clock: new VirtualClock(Date.UTC(2025, 0, 2)) });
    const resentCalls: TaskRequest[] = [];
    second.engine.tasks.registerIntegration('events:putEvents', async (req) => {
      resentCalls.push(req);
      return {};
    });
    const resumed = second.engine.resumeExecution(second.machine.arn, exec.arn, stored);
    await second.clock.advance(60_000);
    expect(resumed.history).toHaveLength(stored.length);
    second.engine.sendTaskSuccess(token, JSON.stringify({ verified: true }));
    await second.clock.runUntil(() => resumed.finished);

    expect(resentCalls).toHaveLength(0);
    expect(resumed.status).toBe('SUCCEEDED');
    expect(resumed.output).toEqual({ claim: 'c-1', verification: { verified: true } });
    expect(resumed.history.slice(0, stored.length)).toEqual(stored);
    expect(resumed.history.map((e) => e.id)).toEqual(resumed.history.map((_, i) => i + 1));
    expect(eventTypes(resumed.history).slice(stored.length)).toEqual([
      'TaskSucceeded',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
  });

  it('resumes inside a Wait and wakes at the recorded time, not a fresh full wait', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Cool off',
      States: { 'Cool off': { Type: 'Wait', Seconds: 3600, Next: 'After' }, After: { Type: 'Pass', End: true } },
    };
    const first = testEngine(def);
    const exec = first.engine.startExecution({ stateMachineArn: first.machine.arn, input: { a: 1 } });
    await first.clock.advance(20 * 60_000);
    const stored = persisted(exec.history);
    expect(eventTypes(stored)).toEqual(['ExecutionStarted', 'WaitStateEntered']);

    const restartClock = new VirtualClock(first.clock.now() + 10 * 60_000);
    const second = testEngine(def, { clock: restartClock });
    const resumed = second.engine.resumeExecution(second.machine.arn, exec.arn, stored);
    await restartClock.advance(29 * 60_000);
    expect(resumed.finished).toBe(false);
    await restartClock.advance(2 * 60_000);
    expect(resumed.status).toBe('SUCCEEDED');
    expect(resumed.output).toEqual({ a: 1 });
    const exited = resumed.history.find((e) => e.type === 'WaitStateExited')!;
    expect(Date.parse(exited.timestamp) - Date.parse(stored[1].timestamp)).toBe(3600_000);
  });

  it('resumes between retries without repeating the failed attempt', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:111111111111:function:flaky',
          Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 30, MaxAttempts: 2 }],
          End: true,
        },
      },
    };
    const first = testEngine(def);
    let firstCalls = 0;
    first.engine.tasks.registerFunction('flaky', () => {
      firstCalls++;
      throw new StatesError('Flaky', 'try again');
    });
    const exec = first.engine.startExecution({ stateMachineArn: first.machine.arn, input: { n: 1 } });
    await first.clock.advance(5_000);
    expect(firstCalls).toBe(1);
    const stored = persisted(exec.history);
    expect(eventTypes(stored).slice(-1)).toEqual(['LambdaFunctionFailed']);

    const second = testEngine(def, { clock: new VirtualClock(first.clock.now()) });
    let secondCalls = 0;
    second.engine.tasks.registerFunction('flaky', (event) => {
      secondCalls++;
      return { ok: event };
    });
    const resumed = second.engine.resumeExecution(second.machine.arn, exec.arn, stored);
    await second.clock.runUntil(() => resumed.finished);
    expect(secondCalls).toBe(1);
    expect(resumed.status).toBe('SUCCEEDED');
    expect(resumed.output).toEqual({ ok: { n: 1 } });
    expect(eventTypes(resumed.history).filter((t) => t === 'LambdaFunctionScheduled')).toHaveLength(2);
  });

  it('resumes past a task token answered before the restart, without waiting on it again', async () => {
    const def: StateMachineDefinition = {
      StartAt: 'Ask',
      States: {
        Ask: { Type: 'Task', Resource: 'arn:aws:states:::events:putEvents.waitForTaskToken', Parameters: { 'Token.$': '$$.Task.Token' }, ResultPath: '$.answer', Next: 'Cool off' },
        'Cool off': { Type: 'Wait', Seconds: 3600, End: true },
      },
    };
    const first = testEngine(def);
    const tokens: string[] = [];
    first.engine.tasks.registerIntegration('events:putEvents', async (req) => (tokens.push(req.taskToken!), {}));
    const exec = first.engine.startExecution({ stateMachineArn: first.machine.arn, input: {} });
    await first.clock.advance(1000);
    first.engine.sendTaskSuccess(tokens[0]!, JSON.stringify({ ok: true }));
    await first.clock.advance(60_000);
    const stored = persisted(exec.history);
    expect(eventTypes(stored).slice(-4)).toEqual(['TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'WaitStateEntered']);

    const second = testEngine(def, { clock: new VirtualClock(first.clock.now()) });
    const resent: string[] = [];
    second.engine.tasks.registerIntegration('events:putEvents', async (req) => (resent.push(req.taskToken!), {}));
    const resumed = second.engine.resumeExecution(second.machine.arn, exec.arn, stored);
    await second.clock.runUntil(() => resumed.finished);
    expect(resumed.status).toBe('SUCCEEDED');
    expect(resumed.output).toEqual({ answer: { ok: true } });
    expect(resent).toHaveLength(0);
    expect(resumed.recorder.replaying).toBe(false);
    expect(resumed.history.slice(0, stored.length)).toEqual(stored);
    expect(eventTypes(resumed.history).slice(stored.length)).toEqual(['WaitStateExited', 'ExecutionSucceeded']);

    // Journals written by earlier versions have the outcome answer the TaskStarted: they replay too.
    const legacy = persisted(stored);
    const startedId = legacy.find((e) => e.type === 'TaskStarted')!.id;
    legacy.find((e) => e.type === 'TaskSucceeded')!.previousEventId = startedId;
    const third = testEngine(def, { clock: new VirtualClock(first.clock.now()) });
    third.engine.tasks.registerIntegration('events:putEvents', async (req) => (resent.push(req.taskToken!), {}));
    const old = third.engine.resumeExecution(third.machine.arn, exec.arn, legacy);
    await third.clock.runUntil(() => old.finished);
    expect(old.status).toBe('SUCCEEDED');
    expect(resent).toHaveLength(0);
    expect(old.history).toHaveLength(stored.length + 2);
  });
});
