import { describe, expect, it } from 'vitest';
import { testEngine } from './testSupport';
import type { StateMachineDefinition } from './types';

function machine(catchers: unknown[] = []): StateMachineDefinition {
  return {
    StartAt: 'Await review',
    States: {
      'Await review': {
        Type: 'Task',
        Resource: 'arn:aws:states:::events:putEvents.waitForTaskToken',
        Parameters: { 'Token.$': '$$.Task.Token' },
        HeartbeatSeconds: 5,
        TimeoutSeconds: 100,
        ...(catchers.length ? { Catch: catchers } : {}),
        End: true,
      },
      // Only reachable through a Catch (AWS rejects unreachable states).
      ...(catchers.length ? { Escalate: { Type: 'Pass' as const, End: true } } : {}),
    },
  };
}

async function start(def: StateMachineDefinition) {
  const t = testEngine(def);
  const tokens: string[] = [];
  t.engine.tasks.registerIntegration('events:putEvents', async (req) => {
    tokens.push(req.taskToken!);
    return {};
  });
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input: {} });
  await t.clock.advance(0);
  return { ...t, exec, token: () => tokens[0] };
}

describe('HeartbeatSeconds', () => {
  it('keeps a task alive while heartbeats arrive, then times it out when they stop', async () => {
    const { clock, engine, exec, token } = await start(machine());
    const startedAt = clock.now();
    await clock.advance(4_000);
    engine.sendTaskHeartbeat(token());
    await clock.advance(4_000);
    engine.sendTaskHeartbeat(token());
    await clock.advance(4_900);
    expect(exec.finished).toBe(false);
    await clock.advance(200);
    expect(exec.status).toBe('FAILED');
    expect(exec.error).toBe('States.Timeout');
    const timedOut = exec.history.find((e) => e.type === 'TaskTimedOut')!;
    expect(Date.parse(timedOut.timestamp) - startedAt).toBe(13_000);
    expect(() => engine.sendTaskSuccess(token(), '{}')).toThrow();
  });

  it('can be caught as States.HeartbeatTimeout', async () => {
    const { clock, exec } = await start(machine([{ ErrorEquals: ['States.HeartbeatTimeout'], Next: 'Escalate' }]));
    await clock.advance(6_000);
    expect(exec.status).toBe('SUCCEEDED');
    expect(exec.output).toEqual({ Error: 'States.Timeout', Cause: '' });
  });

  it('succeeds when the token is answered in time', async () => {
    const { clock, engine, exec, token } = await start(machine());
    await clock.advance(3_000);
    engine.sendTaskSuccess(token(), JSON.stringify({ approved: true }));
    await clock.advance(0);
    expect(exec.status).toBe('SUCCEEDED');
    expect(exec.output).toEqual({ approved: true });
  });
});
