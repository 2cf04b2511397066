import type { Interpreter } from '../interpreter';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json } from '../types';

/** Task, Parallel and Map once they have a result: ResultSelector/ResultPath/OutputPath (JSONPath) or Output (JSONata), with Assign. */
export async function finishWithResult(it: Interpreter, frame: StateFrame, result: Json): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  if (frame.ql === 'JSONata') {
    const states = { result };
    const assigned = await flow.assign(frame, def.Assign, null, states);
    const output = def.Output !== undefined ? await flow.jsonata(frame, def.Output, 'Output', states) : result;
    return it.exit(frame, output, def.Next, assigned);
  }
  const selected = def.ResultSelector !== undefined ? flow.template(frame, def.ResultSelector, result) : result;
  const assigned = await flow.assign(frame, def.Assign, selected, {});
  return it.exit(frame, flow.outputPath(frame, flow.resultPath(frame, selected)), def.Next, assigned);
}
