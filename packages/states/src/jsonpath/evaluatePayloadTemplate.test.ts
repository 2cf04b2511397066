import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { evaluateDynamicValue, evaluatePayloadTemplate } from './evaluatePayloadTemplate';
import { invalidPathCause, JsonPathNotFoundError } from './jsonPathErrors';
import { resolvePath, splitPath } from './resolvePath';

const context = {
  Execution: { Id: 'arn:aws:states:us-east-1:111111111111:execution:sm:name', Input: { input_field: { a: 1 } }, Name: 'name' },
  State: { Name: 'pass' },
  Map: { Item: { Index: 2, Value: { v: 'x' } } },
};

describe('evaluatePayloadTemplate', () => {
  it('evaluates .$ keys from input, context and variables and copies literals (developer guide example)', () => {
    const input = { flagged: 7, vals: [0, 10, 20, 30, 40, 50] };
    const template = { flagged: true, parts: { 'first.$': '$.vals[0]', 'last3.$': '$.vals[3:]' } };
    expect(evaluatePayloadTemplate(template, { input })).toEqual({ flagged: true, parts: { first: 0, last3: [30, 40, 50] } });
  });

  it('reads the context object and variables', () => {
    const out = evaluatePayloadTemplate(
      { 'id.$': '$$.Execution.Id', 'idx.$': '$$.Map.Item.Index', 'v.$': '$myVar.nested[1]', 'all.$': '$myVar', 'ctx.$': '$$.State' },
      { input: {}, context, variables: { myVar: { nested: ['a', 'b'] } } },
    );
    expect(out).toEqual({ id: context.Execution.Id, idx: 2, v: 'b', all: { nested: ['a', 'b'] }, ctx: { Name: 'pass' } });
  });

  it('evaluates intrinsic functions and nested templates inside arrays', () => {
    const out = evaluatePayloadTemplate(
      { list: [{ 'greeting.$': "States.Format('Hello, my name is {}.', $.name)" }, 'plain', 3], 'arr.$': "States.Array('Foo', 2022, $.someJson, null)" },
      { input: { name: 'Arnav', someJson: { random: 'abcdefg' } } },
    );
    expect(out).toEqual({ list: [{ greeting: 'Hello, my name is Arnav.' }, 'plain', 3], arr: ['Foo', 2022, { random: 'abcdefg' }, null] });
  });

  it('leaves keys without .$ and non-string .$ values alone', () => {
    expect(evaluatePayloadTemplate({ 'a': '$.x', n: null, b: [] }, { input: { x: 1 } })).toEqual({ a: '$.x', n: null, b: [] });
  });

  it("fails with AWS's cause when a path finds nothing", () => {
    const attempt = (template: unknown) => {
      try {
        evaluatePayloadTemplate(template, { input: { 'int-literal': 0 }, context });
      } catch (e) {
        return e as StatesError;
      }
      throw new Error('expected a failure');
    };
    const e = attempt({ 'value.$': '$.no_such_jsonpath' });
    expect(e).toBeInstanceOf(StatesError);
    expect(e.error).toBe('States.Runtime');
    expect(e.cause).toBe(`The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{"int-literal":0}'`);
    expect(attempt({ 'value.$': '$$.Execution.Input.no_such_jsonpath' }).cause).toMatch(
      /^The JSONPath '\$\$\.Execution\.Input\.no_such_jsonpath' specified for the field 'value\.\$' could not be found in the input '/,
    );
    expect(attempt({ 'f.$': "States.Format('{}', $.missing)" }).cause).toMatch(/^The JSONPath '\$\.missing' specified for the field 'f\.\$'/);
  });

  it('returns an empty list for indefinite paths that match nothing', () => {
    expect(evaluatePayloadTemplate({ 'item.$': '$.item.items[*]' }, { input: {} })).toEqual({ item: [] });
  });

  it('evaluates single values for ErrorPath/CausePath', () => {
    expect(evaluateDynamicValue('$.Error', { input: { Error: 'E' } }, 'ErrorPath')).toBe('E');
    expect(evaluateDynamicValue("States.Format('{}!', $.Error)", { input: { Error: 'E' } }, 'CausePath')).toBe('E!');
    expect(() => evaluateDynamicValue('$.ErrorX', { input: {} }, 'ErrorPath')).toThrow(
      "The JSONPath '$.ErrorX' specified for the field 'ErrorPath' could not be found in the input '{}'",
    );
  });
});

describe('resolvePath', () => {
  it('splits input, context and variable paths', () => {
    expect(splitPath('$.a')).toEqual({ source: 'input', jsonPath: '$.a' });
    expect(splitPath('$$.Execution.Id')).toEqual({ source: 'context', jsonPath: '$.Execution.Id' });
    expect(splitPath('$x[0].y')).toEqual({ source: 'variable', variable: 'x', jsonPath: '$[0].y' });
    expect(splitPath('$$')).toEqual({ source: 'context', jsonPath: '$' });
  });

  it('builds the InputPath/OutputPath cause', () => {
    try {
      resolvePath('$.NoSuchInputPath', { input: { 'int-literal': 0 } });
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(JsonPathNotFoundError);
      expect(invalidPathCause('$.NoSuchInputPath', e as JsonPathNotFoundError)).toBe(
        "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']",
      );
    }
  });

  it('fails for an unknown variable', () => {
    expect(() => resolvePath('$nope', { input: {}, variables: {} })).toThrow(JsonPathNotFoundError);
  });
});
