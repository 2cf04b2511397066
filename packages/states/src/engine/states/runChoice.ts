import { StatesError } from '../../errors/statesError';
import { evaluateChoiceRule } from '../choiceRules';
import type { Interpreter } from '../interpreter';
import { readChoicePath } from '../jsonPathAdapter';
import type { StateFrame, StateResult } from '../stateFrame';
import type { JsonObject } from '../types';

export async function runChoice(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  const choices = (def.Choices ?? []) as JsonObject[];
  if (frame.ql === 'JSONata') {
    for (let i = 0; i < choices.length; i++) {
      const rule = choices[i];
      const ok = await flow.jsonata(frame, rule.Condition, 'Condition');
      if (typeof ok !== 'boolean') {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The JSONata expression '${String(rule.Condition).replace(/^\{%\s*|\s*%\}$/g, '')}' specified for the field 'Condition' returned an unexpected result type. Expected 'boolean', but was '${typeName(ok)}' for value: ${JSON.stringify(ok)}`,
        );
      }
      if (ok) {
        const assigned = await flow.assign(frame, rule.Assign, null, {});
        const output = rule.Output !== undefined ? await flow.jsonata(frame, rule.Output, 'Output') : frame.rawInput;
        return it.exit(frame, output, rule.Next as string, assigned);
      }
    }
    if (def.Default === undefined) throw noMatch();
    const assigned = await flow.assign(frame, def.Assign, null, {});
    const output = def.Output !== undefined ? await flow.jsonata(frame, def.Output, 'Output') : frame.rawInput;
    return it.exit(frame, output, def.Default, assigned);
  }
  const effective = flow.inputPath(frame);
  const data = flow.pathData(frame, effective);
  for (const rule of choices) {
    if (evaluateChoiceRule(rule, (p) => readChoicePath(p, data))) {
      const assigned = await flow.assign(frame, rule.Assign, effective, {});
      return it.exit(frame, flow.outputPath(frame, effective), rule.Next as string, assigned);
    }
  }
  if (def.Default === undefined) throw noMatch();
  const assigned = await flow.assign(frame, def.Assign, effective, {});
  return it.exit(frame, flow.outputPath(frame, effective), def.Default, assigned);
}

function noMatch(): StatesError {
  return new StatesError('States.NoChoiceMatched', 'No Matches!');
}

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
