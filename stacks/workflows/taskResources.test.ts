import { describe, expect, it } from 'vitest';
import { substitutionNames, taskCalls } from './taskResources';

describe('taskCalls', () => {
  it('finds Lambda tasks at any depth, by optimised integration or direct ARN', () => {
    const calls = taskCalls({
      States: {
        A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: '${AFn}' } },
        P: {
          Type: 'Parallel',
          Branches: [{ States: { B: { Type: 'Task', Resource: '${BFn}' } } }],
        },
        M: {
          Type: 'Map',
          ItemProcessor: { States: { C: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', Parameters: { FunctionName: '${CFn}' } } } },
        },
        D: { Type: 'Task', Resource: 'arn:aws:states:::events:putEvents', Arguments: {} },
        E: { Type: 'Pass' },
      },
    });
    expect(calls).toEqual([
      { state: 'A', resource: 'arn:aws:states:::lambda:invoke', functions: ['AFn'] },
      { state: 'B', resource: '${BFn}', functions: ['BFn'] },
      { state: 'C', resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken', functions: ['CFn'] },
      { state: 'D', resource: 'arn:aws:states:::events:putEvents', functions: [] },
    ]);
  });

  it('refuses a lambda:invoke whose function is not a substitution', () => {
    expect(() => taskCalls({ States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'arn:aws:lambda:x' } } } }))
      .toThrow(/bind it to a/);
  });

  it('lists the substitutions a definition mentions', () => {
    expect(substitutionNames('{"a":"${B}","c":"${A}","d":"${B}"}')).toEqual(['A', 'B']);
  });
});
