import type { Interpreter } from '../interpreter';
import type { StateFrame, StateResult } from '../stateFrame';

export async function runSucceed(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  if (frame.ql === 'JSONata') {
    const output = def.Output !== undefined ? await it.flow.jsonata(frame, def.Output, 'Output') : frame.rawInput;
    return it.exit(frame, output, undefined);
  }
  return it.exit(frame, it.flow.outputPath(frame, it.flow.inputPath(frame)), undefined);
}
