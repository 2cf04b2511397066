/**
 * Runs the single-Pass-state JSONPath cases of the conformance dev files through this module's
 * paths, payload templates, intrinsics and ResultPath (InputPath -> Parameters/Result -> ResultPath
 * -> OutputPath), so the data flow is checked against outcomes recorded on AWS without the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StatesError } from '../errors/statesError';
import { applyResultPath } from './applyResultPath';
import { evaluatePayloadTemplate } from './evaluatePayloadTemplate';
import { invalidPathCause, JsonPathNotFoundError } from './jsonPathErrors';
import { resolvePath, type PathScope } from './resolvePath';

interface Case {
  id: string;
  definition: { QueryLanguage?: string; States: Record<string, Record<string, unknown>> };
  input: unknown;
  expected: { status: string; output?: unknown; error?: string; cause?: string };
  compare: { wildcards: string[] };
}

const files = ['jsonpath.dev.jsonl', 'devguide.dev.jsonl'].map((f) => new URL(`../../../../../shared/conformance/stepfunctions/${f}`, import.meta.url));

const cases: Case[] = files
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case))
  .filter((c) => {
    const states = Object.values(c.definition.States);
    const s = states[0];
    return states.length === 1 && s.Type === 'Pass' && !('Assign' in s) && !('QueryLanguage' in s) && c.definition.QueryLanguage !== 'JSONata';
  })
  // The payload-size limit belongs to the engine.
  .filter((c) => !c.id.includes('large_input'));

function runPass(name: string, state: Record<string, unknown>, input: unknown): unknown {
  const context = {
    Execution: { Id: 'arn:aws:states:us-east-1:111111111111:execution:sm-name:exec', Input: input, Name: 'exec', RoleArn: 'arn:aws:iam::111111111111:role/r', StartTime: '2024-01-01T00:00:00.000Z' },
    State: { Name: name, EnteredTime: '2024-01-01T00:00:00.000Z' },
    StateMachine: { Id: 'arn:aws:states:us-east-1:111111111111:stateMachine:sm-name', Name: 'sm-name' },
  };
  const path = (p: string, data: unknown) => {
    try {
      return resolvePath(p, { input: data, context });
    } catch (e) {
      if (e instanceof JsonPathNotFoundError) throw new StatesError('States.Runtime', invalidPathCause(p, e));
      throw e;
    }
  };
  const effective = state.InputPath === null ? {} : path((state.InputPath as string) ?? '$', input);
  const scope: PathScope = { input: effective, context };
  const result = 'Parameters' in state ? evaluatePayloadTemplate(state.Parameters, scope) : 'Result' in state ? state.Result : effective;
  const withResult = applyResultPath(input, result, state.ResultPath as string | null | undefined);
  return state.OutputPath === null ? {} : path((state.OutputPath as string) ?? '$', withResult);
}

/** Expected values may hold `<...>` placeholders that match any text. */
function matches(expected: unknown, actual: unknown, wildcards: string[]): boolean {
  if (typeof expected === 'string' && wildcards.includes(expected)) return true;
  if (typeof expected === 'string' && expected.includes('<') && typeof actual === 'string') {
    const re = expected.split(/<[^<>]*>/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    return new RegExp(`^${re}$`).test(actual);
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i], wildcards));
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => matches((expected as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], wildcards));
  }
  return expected === actual;
}

describe('single Pass state dev cases', () => {
  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const [name, state] = Object.entries(c.definition.States)[0];
    let outcome: Record<string, unknown>;
    try {
      outcome = { status: 'SUCCEEDED', output: runPass(name, state, c.input) };
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      const cause = `An error occurred while executing the state '${name}' (entered at the event id #2). ${e.cause}`;
      outcome = { status: 'FAILED', error: e.error, cause };
    }
    if (!matches(c.expected, outcome, c.compare.wildcards)) expect(outcome).toEqual(c.expected);
  });
});
