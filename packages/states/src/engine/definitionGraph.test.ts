import { describe, expect, it } from 'vitest';
import { definitionGraph } from './definitionGraph';
import type { StateMachineDefinition } from './types';

describe('definitionGraph', () => {
  it('lists states (nested ones under their container) and labelled transitions', () => {
    const def: StateMachineDefinition = {
      StartAt: 'Check',
      States: {
        Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Fan out' }], Default: 'Reject' },
        'Fan out': {
          Type: 'Parallel',
          Branches: [{ StartAt: 'Email', States: { Email: { Type: 'Pass', End: true } } }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Reject' }],
          Next: 'Each',
        },
        Each: { Type: 'Map', ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, End: true },
        Reject: { Type: 'Fail', Error: 'Rejected' },
      },
    };
    const g = definitionGraph(def);
    expect(g.nodes.map((n) => n.id)).toEqual(['Check', 'Fan out', 'Fan out/0/Email', 'Each', 'Each/Item', 'Reject']);
    expect(g.nodes.find((n) => n.id === 'Fan out/0/Email')).toMatchObject({ parent: 'Fan out', start: true, end: true });
    expect(g.nodes.find((n) => n.id === 'Check')!.start).toBe(true);
    expect(g.edges).toEqual([
      { from: 'Check', to: 'Fan out', label: 'Choice', detail: '{"Variable":"$.ok","BooleanEquals":true}' },
      { from: 'Check', to: 'Reject', label: 'Default' },
      { from: 'Fan out', to: 'Each', label: 'Next' },
      { from: 'Fan out', to: 'Reject', label: 'Catch', detail: 'States.ALL' },
      { from: 'Fan out', to: 'Fan out/0/Email', label: 'Branch', detail: '0' },
      { from: 'Each', to: 'Each/Item', label: 'Iterator' },
    ]);
  });
});
