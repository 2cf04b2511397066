import { describe, expect, it } from 'vitest';
import { testEngine } from '../testSupport';
import type { StateMachineDefinition } from '../types';

function mapMachine(tolerance: Record<string, number>): StateMachineDefinition {
  return {
    StartAt: 'Notify diners',
    States: {
      'Notify diners': {
        Type: 'Map',
        ItemsPath: '$.diners',
        MaxConcurrency: 2,
        ...tolerance,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Check',
          States: {
            Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: false, Next: 'Bounce' }], Default: 'Sent' },
            Bounce: { Type: 'Fail', Error: 'Bounced', Cause: 'mailbox full' },
            Sent: { Type: 'Pass', Parameters: { 'sent.$': '$.id' }, End: true },
          },
        },
        End: true,
      },
    },
  };
}

const diners = Array.from({ length: 10 }, (_, i) => ({ id: i, ok: ![2, 5, 7].includes(i) }));

async function run(tolerance: Record<string, number>) {
  const t = testEngine(mapMachine(tolerance));
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input: { diners } });
  await t.clock.runUntil(() => exec.finished);
  return exec;
}

describe('Map tolerated failures', () => {
  it('succeeds when failures stay within ToleratedFailureCount, with the successful items\' results', async () => {
    const exec = await run({ ToleratedFailureCount: 3 });
    expect(exec.status).toBe('SUCCEEDED');
    expect(exec.output).toEqual([0, 1, 3, 4, 6, 8, 9].map((i) => ({ sent: i })));
    expect(exec.history.filter((e) => e.type === 'MapIterationFailed')).toHaveLength(3);
  });

  it('fails with States.ExceedToleratedFailureThreshold once the count is passed', async () => {
    const exec = await run({ ToleratedFailureCount: 2 });
    expect(exec.status).toBe('FAILED');
    expect(exec.error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('applies ToleratedFailurePercentage against the item count', async () => {
    expect((await run({ ToleratedFailurePercentage: 30 })).status).toBe('SUCCEEDED');
    expect((await run({ ToleratedFailurePercentage: 29 })).error).toBe('States.ExceedToleratedFailureThreshold');
  });

  it('without a tolerance, a distributed Map tolerates no failure', async () => {
    const exec = await run({});
    expect(exec.error).toBe('States.ExceedToleratedFailureThreshold');
  });
});
