import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { invalidDefinitionMessage, validateDefinition } from './validateDefinition';

const pass = (extra: Record<string, unknown> = {}) => ({ Type: 'Pass', End: true, ...extra });
const machine = (states: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ StartAt: Object.keys(states)[0], States: states, ...extra });

function errorsOf(definition: unknown): string[] {
  return validateDefinition(definition).errors;
}

function expectError(definition: unknown, pattern: RegExp): void {
  const errors = errorsOf(definition);
  expect(errors.some((e) => pattern.test(e)), `errors were: ${JSON.stringify(errors)}`).toBe(true);
}

// asl-validator (untyped, dev-only) cross-checks the structural rules.
const aslModule = createRequire(import.meta.url)('asl-validator') as AslValidate | { default: AslValidate };
type AslValidate = (definition: unknown) => { isValid: boolean };
const aslValidate: AslValidate = typeof aslModule === 'function' ? aslModule : aslModule.default;

describe('validateDefinition: valid definitions', () => {
  it('accepts every definition of the dev conformance cases (all were accepted by AWS)', () => {
    for (const f of ['jsonpath', 'jsonata', 'devguide', 'callbacks']) {
      const url = new URL(`../../../../../shared/conformance/stepfunctions/${f}.dev.jsonl`, import.meta.url);
      for (const line of readFileSync(url, 'utf8').split('\n').filter(Boolean)) {
        const c = JSON.parse(line) as { id: string; definition: unknown };
        expect(errorsOf(c.definition), c.id).toEqual([]);
      }
    }
  });

  it('accepts a machine using every state type', () => {
    const def = {
      Comment: 'all types',
      TimeoutSeconds: 60,
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Parameters: { 'a.$': '$.x', 'f.$': "States.Format('{}', $.y)" }, ResultPath: '$.r', Next: 'T' },
        T: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:111111111111:function:f',
          TimeoutSeconds: 10,
          HeartbeatSeconds: 5,
          Retry: [{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 2, MaxDelaySeconds: 5, JitterStrategy: 'FULL' }, { ErrorEquals: ['States.ALL'] }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F', ResultPath: '$.error' }],
          Next: 'C',
        },
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.n', NumericGreaterThan: 1, Next: 'W' },
            { And: [{ Variable: '$.s', StringMatches: 'a*' }, { Not: { Variable: '$.b', BooleanEquals: true } }], Next: 'Par' },
            { Variable: '$.t', TimestampLessThanPath: '$$.Execution.StartTime', Next: 'M' },
          ],
          Default: 'S',
        },
        W: { Type: 'Wait', Seconds: 1, Next: 'S' },
        Par: { Type: 'Parallel', Branches: [machine({ B: pass() })], Next: 'S' },
        M: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: machine({ I: pass() }), MaxConcurrency: 2, ToleratedFailurePercentage: 10, Next: 'S' },
        S: { Type: 'Succeed' },
        F: { Type: 'Fail', Error: 'E', Cause: 'C' },
      },
    };
    expect(errorsOf(def)).toEqual([]);
    expect(aslValidate(def).isValid).toBe(true);
  });

  it('accepts JSONata states and mixed query languages', () => {
    const def = machine(
      {
        A: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { x: '{% $states.input.a + 1 %}' }, Assign: { v: '{% $states.input %}' }, Next: 'B' },
        B: { Type: 'Pass', QueryLanguage: 'JSONPath', Parameters: { 'x.$': '$v' }, Next: 'C' },
        C: { Type: 'Choice', QueryLanguage: 'JSONata', Choices: [{ Condition: '{% $v.a > 1 %}', Next: 'D' }], Default: 'D' },
        D: { Type: 'Succeed' },
      },
      {},
    );
    expect(errorsOf(def)).toEqual([]);
  });
});

describe('validateDefinition: invalid definitions', () => {
  it('requires StartAt and States', () => {
    expectError({ States: { A: pass() } }, /^SCHEMA_VALIDATION_FAILED: These fields are required: \[StartAt\] at \/$/);
    expectError({ StartAt: 'A' }, /These fields are required: \[States\]/);
    expectError('not an object', /SCHEMA_VALIDATION_FAILED/);
  });

  it('reports a StartAt or Next that names no state', () => {
    expectError({ StartAt: 'Nope', States: { A: pass() } }, /^MISSING_TRANSITION_TARGET: Missing 'Next' target: Nope at \/StartAt$/);
    expectError(machine({ A: { Type: 'Pass', Next: 'B' } }), /^MISSING_TRANSITION_TARGET: Missing 'Next' target: B at \/States\/A\/Next$/);
  });

  it('reports unreachable states and machines without a terminal state', () => {
    expectError(machine({ A: pass(), B: pass() }), /^UNREACHABLE_STATE: State 'B' is not reachable at \/States\/B$/);
    expectError(machine({ A: { Type: 'Pass', Next: 'A' } }), /^MISSING_END_STATE/);
  });

  it('requires exactly one of Next and End', () => {
    expectError(machine({ A: { Type: 'Pass' } }), /Exactly one of these fields is required: \[Next, End\] at \/States\/A/);
    expectError(machine({ A: { Type: 'Pass', End: true, Next: 'A' } }), /Only one of these fields is allowed: \[Next, End\]/);
    expectError(machine({ A: { Type: 'Succeed', End: true } }), /Field 'End' is not supported/);
  });

  it('checks state types and their fields', () => {
    expectError(machine({ A: { Type: 'Nope', End: true } }), /The value for the field 'Type' must be one of/);
    expectError(machine({ A: pass({ Resource: 'x' }) }), /Field 'Resource' is not supported for state type 'Pass' at \/States\/A\/Resource/);
    expectError(machine({ A: { Type: 'Task', End: true } }), /These fields are required: \[Resource\]/);
  });

  it('checks Choice states', () => {
    expectError(machine({ A: { Type: 'Choice', Choices: [] } }), /The field 'Choices' must be a non-empty array/);
    expectError(machine({ A: { Type: 'Choice', Choices: [{ Variable: '$.a', StringEquals: 1, Next: 'B' }] }, B: { Type: 'Succeed' } }), /'StringEquals' must be a string/);
    expectError(machine({ A: { Type: 'Choice', Choices: [{ Variable: '$.a', Next: 'B' }] }, B: { Type: 'Succeed' } }), /exactly one comparison operator/);
    expectError(machine({ A: { Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: true, Next: 'X' }] } }), /Missing 'Next' target: X at \/States\/A\/Choices\[0\]\/Next/);
    expectError(machine({ A: { Type: 'Choice', Choices: [{ Variable: '$.a', IsNull: true, Next: 'B' }], Default: 'Z' }, B: { Type: 'Succeed' } }), /Missing 'Next' target: Z/);
  });

  it('rejects JSONPath fields in JSONata states and the reverse', () => {
    expectError(machine({ A: pass({ QueryLanguage: 'JSONata', Parameters: {} }) }), /The field 'Parameters' is not supported for a state whose QueryLanguage is JSONata/);
    expectError(machine({ A: pass({ InputPath: '$' }) }, { QueryLanguage: 'JSONata' }), /'InputPath' is not supported for a state whose QueryLanguage is JSONata/);
    expectError(machine({ A: pass({ Output: {} }) }), /'Output' is only supported for a state whose QueryLanguage is JSONata/);
    expectError(machine({ A: pass({ QueryLanguage: 'JSONPath' }) }, { QueryLanguage: 'JSONata' }), /cannot use the query language JSONPath/);
  });

  it('checks paths, payload templates and intrinsic functions', () => {
    expectError(machine({ A: pass({ ResultPath: '$.a[*]' }) }), /'ResultPath' must be a valid ReferencePath/);
    expectError(machine({ A: pass({ InputPath: 'a.b' }) }), /'InputPath' must be a valid JSONPath/);
    expectError(machine({ A: pass({ Parameters: { 'x.$': 'nope' } }) }), /The value for the field 'x.\$' must be a valid JSONPath or a valid intrinsic function call at \/States\/A\/Parameters\/x.\$/);
    expectError(machine({ A: pass({ Parameters: { 'x.$': 'States.Unknown($.a)' } }) }), /'x.\$' must be a valid JSONPath or a valid intrinsic/);
    expectError(machine({ A: pass({ Parameters: { deep: [{ 'x.$': "States.Format('{} {}', $.a)" }] } }) }), /'x.\$'/);
  });

  it('checks JSONata syntax and variable names', () => {
    expectError(machine({ A: pass({ Output: '{% $states.input. %}' }) }, { QueryLanguage: 'JSONata' }), /The JSONata expression/);
    expectError(machine({ A: pass({ Assign: { 'bad-name': 1 } }) }), /The variable name 'bad-name' is invalid/);
  });

  it('checks Wait, Fail, Task and Map fields', () => {
    expectError(machine({ A: { Type: 'Wait', Seconds: 1, SecondsPath: '$.s', End: true } }), /Exactly one of these fields is required: \[Seconds, Timestamp/);
    expectError(machine({ A: { Type: 'Wait', Timestamp: 5, End: true } }), /'Timestamp' must be a string/);
    expectError(machine({ A: { Type: 'Fail', Error: 'E', ErrorPath: '$.e' } }), /Only one of these fields is allowed: \[Error, ErrorPath\]/);
    expectError(machine({ A: { Type: 'Task', Resource: 'r', TimeoutSeconds: 5, HeartbeatSeconds: 5, End: true } }), /'HeartbeatSeconds' must be smaller/);
    expectError(machine({ A: { Type: 'Map', End: true } }), /Exactly one of these fields is required: \[ItemProcessor, Iterator\]/);
    expectError(machine({ A: { Type: 'Map', ItemProcessor: machine({ I: pass() }), ToleratedFailurePercentage: 101, End: true } }), /ToleratedFailurePercentage/);
    expectError(machine({ A: { Type: 'Map', ItemProcessor: machine({ I: { Type: 'Pass', Next: 'Out' } }), End: true }, Out: pass() }), /Missing 'Next' target: Out at \/States\/A\/ItemProcessor\/States\/I\/Next/);
  });

  it('checks Retry and Catch', () => {
    const task = (extra: Record<string, unknown>) => machine({ A: { Type: 'Task', Resource: 'r', End: true, ...extra }, B: { Type: 'Succeed' } });
    expectError(task({ Retry: [{ ErrorEquals: [] }] }), /'ErrorEquals' must be a non-empty array/);
    expectError(task({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }] }), /must be the last one/);
    expectError(task({ Retry: [{ ErrorEquals: ['States.ALL', 'X'] }] }), /must appear alone/);
    expectError(task({ Retry: [{ ErrorEquals: ['X'], BackoffRate: 0.5 }] }), /BackoffRate/);
    expectError(task({ Retry: [{ ErrorEquals: ['X'], JitterStrategy: 'HALF' }] }), /JitterStrategy/);
    expectError(task({ Catch: [{ ErrorEquals: ['X'] }] }), /These fields are required: \[Next\] at \/States\/A\/Catch\[0\]/);
  });

  it('agrees with asl-validator on the structural errors both check', () => {
    const cases = [
      machine({ A: { Type: 'Pass', Next: 'B' } }),
      { StartAt: 'Nope', States: { A: pass() } },
      machine({ A: { Type: 'Task', End: true } }),
      machine({ A: { Type: 'Choice', Choices: [] } }),
    ];
    for (const def of cases) {
      expect(aslValidate(def).isValid).toBe(false);
      expect(validateDefinition(def).valid).toBe(false);
    }
  });

  it("formats AWS's InvalidDefinition message", () => {
    expect(invalidDefinitionMessage(['A: x at /', 'B: y at /States'])).toBe("Invalid State Machine Definition: 'A: x at /', 'B: y at /States'");
  });
});
