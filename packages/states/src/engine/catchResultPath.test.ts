import { describe, expect, it } from 'vitest';
import { testEngine } from './testSupport';
import type { Json, StateMachineDefinition } from './types';

async function run(definition: StateMachineDefinition, input: Json) {
  const t = testEngine(definition);
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input });
  await t.clock.runUntil(() => exec.finished);
  return exec.done;
}

/** A Map whose only item fails, with the given state-level ResultPath and catcher. */
function failingMap(stateResultPath: Record<string, unknown>, catcher: Record<string, unknown>): StateMachineDefinition {
  return {
    StartAt: 'Plate',
    States: {
      Plate: {
        Type: 'Map',
        ...stateResultPath,
        ItemProcessor: { StartAt: 'Burn', States: { Burn: { Type: 'Fail', Error: 'Burnt', Cause: 'too hot' } } },
        Catch: [{ ErrorEquals: ['Burnt'], Next: 'Rescue', ...catcher }],
        Next: 'Serve',
      },
      Rescue: { Type: 'Pass', End: true },
      Serve: { Type: 'Pass', End: true },
    },
  };
}

// AWS documents a catcher's ResultPath as defaulting to `$`; the state's ResultPath is not used for it.
describe('Catch ResultPath', () => {
  it('defaults to $ even when the state itself has ResultPath null', async () => {
    const outcome = await run(failingMap({ ResultPath: null }, {}), [1]);
    expect(outcome.output).toEqual({ Error: 'Burnt', Cause: 'too hot' });
  });

  it('defaults to $ even when the state itself has a ResultPath', async () => {
    const outcome = await run(failingMap({ ResultPath: '$.plated', ItemsPath: '$.items' }, {}), { items: [1] });
    expect(outcome.output).toEqual({ Error: 'Burnt', Cause: 'too hot' });
  });

  it("uses the catcher's own ResultPath against the state input", async () => {
    const def = failingMap({ ResultPath: null, ItemsPath: '$.items' }, { ResultPath: '$.error' });
    const outcome = await run(def, { items: [1] });
    expect(outcome.output).toEqual({ items: [1], error: { Error: 'Burnt', Cause: 'too hot' } });
  });

  it('keeps the state input when the catcher has ResultPath null', async () => {
    const def = failingMap({ ResultPath: '$.plated', ItemsPath: '$.items' }, { ResultPath: null });
    const outcome = await run(def, { items: [1] });
    expect(outcome.output).toEqual({ items: [1] });
  });
});
