import type { Interpreter } from '../interpreter';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json } from '../types';

export async function runPass(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  if (frame.ql === 'JSONata') {
    const assigned = await flow.assign(frame, def.Assign, null, {});
    const output = def.Output !== undefined ? await flow.jsonata(frame, def.Output, 'Output') : frame.rawInput;
    return it.exit(frame, output, def.Next, assigned);
  }
  const effective = flow.inputPath(frame);
  let result: Json = effective;
  if (def.Parameters !== undefined) result = flow.template(frame, def.Parameters, effective);
  if (def.Result !== undefined) result = def.Result as Json;
  const assigned = await flow.assign(frame, def.Assign, result, {});
  const output = flow.outputPath(frame, flow.resultPath(frame, result));
  return it.exit(frame, output, def.Next, assigned);
}
