import { StatesError } from '../../errors/statesError';
import type { Interpreter } from '../interpreter';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json } from '../types';
import { evaluatePayloadValue, type PathData } from '../jsonPathAdapter';

/** Fail: ends the thread with Error/Cause (literal, ErrorPath/CausePath, or JSONata). */
export async function runFail(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  let error: Json | undefined = def.Error;
  let cause: Json | undefined = def.Cause;
  if (frame.ql === 'JSONata') {
    if (def.Error !== undefined) error = await it.flow.jsonata(frame, def.Error, 'Error');
    if (def.Cause !== undefined) cause = await it.flow.jsonata(frame, def.Cause, 'Cause');
  } else {
    const data = it.flow.pathData(frame, frame.rawInput);
    if (def.ErrorPath !== undefined) error = readPath(def.ErrorPath, 'ErrorPath', data);
    if (def.CausePath !== undefined) cause = readPath(def.CausePath, 'CausePath', data);
  }
  throw new StatesError(asText(error) as string, asText(cause));
}

/** ErrorPath/CausePath take a path or an intrinsic function, like a `key.$` template field. */
function readPath(path: string, field: string, data: PathData): Json {
  return evaluatePayloadValue(path, field, data);
}

function asText(v: Json | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
