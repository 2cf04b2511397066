import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { testEngine } from './testSupport';
import type { StateMachineDefinition } from './types';

const def = (jitter: boolean): StateMachineDefinition => ({
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:111111111111:function:busy',
      Retry: [
        {
          ErrorEquals: ['Busy'],
          IntervalSeconds: 2,
          BackoffRate: 3,
          MaxAttempts: 4,
          MaxDelaySeconds: 10,
          ...(jitter ? { JitterStrategy: 'FULL' } : {}),
        },
      ],
      End: true,
    },
  },
});

async function attemptTimes(jitter: boolean, draws: number[]) {
  let i = 0;
  const t = testEngine(def(jitter), { random: () => draws[i++ % draws.length] });
  t.engine.tasks.registerFunction('busy', () => {
    throw new StatesError('Busy', 'later');
  });
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input: {} });
  await t.clock.runUntil(() => exec.finished);
  const times = exec.history.filter((e) => e.type === 'LambdaFunctionScheduled').map((e) => Date.parse(e.timestamp));
  return { exec, gaps: times.slice(1).map((t2, k) => (t2 - times[k]) / 1000) };
}

describe('Retry backoff', () => {
  it('grows by BackoffRate and is capped by MaxDelaySeconds', async () => {
    const { exec, gaps } = await attemptTimes(false, [0.5]);
    expect(gaps).toEqual([2, 6, 10, 10]);
    expect(exec.status).toBe('FAILED');
    expect(exec.error).toBe('Busy');
  });

  it('with JitterStrategy FULL waits a random fraction of the capped delay', async () => {
    const { gaps } = await attemptTimes(true, [0.5, 0.25, 0.9, 0.1]);
    expect(gaps).toEqual([1, 1.5, 9, 1]);
  });
});
