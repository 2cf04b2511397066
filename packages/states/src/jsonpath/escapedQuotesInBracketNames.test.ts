import { describe, expect, it } from 'vitest';
import { testEngine } from '../engine/testSupport';
import type { Json, StateMachineDefinition } from '../engine/types';
import { compileJsonPath } from './compileJsonPath';
import { evaluateJsonPath } from './evaluateJsonPath';

// Jayway JsonPath (which Step Functions runs) reads a quoted member name up to its unescaped closing
// quote and unescapes it (`Utils.unescape`): \' \" \\ \n \t \r \f \b \uXXXX, anything else as itself.
// In ASL JSON the backslash itself is escaped, so "$['a\\'b']" in a definition is $['a\'b'].

const input = { "a'b": 1, 'say "hi"': 2, 'back\\slash': 3, 'tab\there': 4, 'é': 5, items: [{ "it's": 'x' }, { "it's": 'y' }] };

async function run(definition: StateMachineDefinition, value: Json = input) {
  const t = testEngine(definition);
  const exec = t.engine.startExecution({ stateMachineArn: t.machine.arn, input: value });
  await t.clock.runUntil(() => exec.finished);
  return exec.done;
}

const pass = (fields: Record<string, unknown>): StateMachineDefinition => ({ StartAt: 'P', States: { P: { Type: 'Pass', ...fields, End: true } } });

describe('bracket notation with escaped quotes in the member name', () => {
  it('parses each escape to the member name it stands for', () => {
    const names = (path: string) => compileJsonPath(path).segments.map((s) => (s.kind === 'prop' ? s.names : s.kind));
    expect(names("$['a\\'b']")).toEqual([["a'b"]]);
    expect(names('$["say \\"hi\\""]')).toEqual([['say "hi"']]);
    expect(names("$['back\\\\slash']")).toEqual([['back\\slash']]);
    expect(names("$['tab\\there']")).toEqual([['tab\there']]);
    expect(names("$['\\u00e9']")).toEqual([['é']]);
    expect(names(`$["it's", 'say "hi"']`)).toEqual([["it's", 'say "hi"']]);
    // The other quote needs no escape inside a name.
    expect(names(`$["a'b"]['say "hi"']`)).toEqual([["a'b"], ['say "hi"']]);
    expect(() => compileJsonPath("$['a\\'b]")).toThrow(/Unterminated/);
    expect(() => compileJsonPath("$['\\u00zz']")).toThrow(/unicode escape/);
  });

  it('resolves in evaluateJsonPath, including filters', () => {
    expect(evaluateJsonPath("$['a\\'b']", input)).toBe(1);
    expect(evaluateJsonPath('$["say \\"hi\\""]', input)).toBe(2);
    expect(evaluateJsonPath("$.items[?(@['it\\'s'] == 'y')]", input)).toEqual([{ "it's": 'y' }]);
  });

  it('resolves in InputPath and OutputPath', async () => {
    expect((await run(pass({ InputPath: "$['a\\'b']" }))).output).toBe(1);
    expect((await run(pass({ OutputPath: '$["say \\"hi\\""]' }))).output).toBe(2);
  });

  it('resolves in Parameters .$ values, intrinsic arguments and ResultSelector', async () => {
    const out = await run(pass({ Parameters: { 'q.$': "$['a\\'b']", 'h.$': '$["say \\"hi\\""]', 'f.$': "States.Format('{} {}', $['a\\'b'], $['back\\\\slash'])" } }));
    expect(out.output).toEqual({ q: 1, h: 2, f: '1 3' });
  });

  it('sets the member in ResultPath', async () => {
    const out = await run(pass({ Result: 'ok', ResultPath: "$['it\\'s \"done\"']" }), { a: 1 });
    expect(out.output).toEqual({ a: 1, 'it\'s "done"': 'ok' });
  });

  it('resolves in Choice Variable, ItemsPath, the context object and variables', async () => {
    const out = await run({
      StartAt: 'Keep',
      States: {
        Keep: { Type: 'Pass', Assign: { 'saved.$': '$' }, Next: 'Pick' },
        Pick: { Type: 'Choice', Choices: [{ Variable: "$['a\\'b']", NumericEquals: 1, Next: 'Each' }], Default: 'Fail' },
        Each: {
          Type: 'Map',
          ItemsPath: "$['items']",
          ItemSelector: { 'v.$': "$$.Map.Item.Value['it\\'s']", 'h.$': '$saved["say \\"hi\\""]' },
          ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } },
          End: true,
        },
        Fail: { Type: 'Fail', Error: 'NoMatch' },
      },
    });
    expect(out).toEqual({ status: 'SUCCEEDED', output: [{ v: 'x', h: 2 }, { v: 'y', h: 2 }] });
  });
});
