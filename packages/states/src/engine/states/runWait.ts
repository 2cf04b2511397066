import { StatesError } from '../../errors/statesError';
import type { Interpreter } from '../interpreter';
import { sleepUntil } from '../sleep';
import type { StateFrame, StateResult } from '../stateFrame';
import { parseIsoOffsetDateTime } from '../timestamps';
import type { Json } from '../types';

/** Longest delay AWS accepts for a Wait (its timers are 32-bit seconds). */
const MAX_WAIT_SECONDS = 2_147_483_647;

export async function runWait(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  const enteredAt = Date.parse(frame.enteredTime);
  let until: number;
  let output: Json;
  let assigned;
  if (frame.ql === 'JSONata') {
    if (def.Seconds !== undefined) {
      const seconds = await flow.jsonata(frame, def.Seconds, 'Seconds');
      if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
        throw new StatesError('States.QueryEvaluationError', `The Seconds field must be a non-negative integer, but was: ${JSON.stringify(seconds)}`);
      }
      until = enteredAt + seconds * 1000;
    } else {
      const ts = await flow.jsonata(frame, def.Timestamp, 'Timestamp');
      const at = parseIsoOffsetDateTime(ts);
      if (at === undefined) {
        throw new StatesError(
          'States.QueryEvaluationError',
          `The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: ${typeof ts === 'string' ? ts : JSON.stringify(ts)}`,
        );
      }
      until = at;
    }
    assigned = await flow.assign(frame, def.Assign, null, {});
    output = def.Output !== undefined ? await flow.jsonata(frame, def.Output, 'Output') : frame.rawInput;
  } else {
    const effective = flow.inputPath(frame);
    if (def.Seconds !== undefined) until = enteredAt + Number(def.Seconds) * 1000;
    else if (def.Timestamp !== undefined) until = parseIsoOffsetDateTime(def.Timestamp) ?? enteredAt;
    else if (def.SecondsPath !== undefined) {
      const seconds = flow.pathField(frame, def.SecondsPath, effective, 'SecondsPath');
      const shown = `${def.SecondsPath} == ${typeof seconds === 'string' ? seconds : JSON.stringify(seconds)}`;
      if (typeof seconds !== 'number' || !Number.isInteger(seconds)) {
        throw new StatesError('States.Runtime', `The SecondsPath parameter cannot be parsed as a long value: ${shown}`);
      }
      if (seconds < 0) throw new StatesError('States.Runtime', `The SecondsPath parameter references a negative value: ${shown}`);
      until = enteredAt + seconds * 1000;
    } else {
      const ts = flow.pathField(frame, def.TimestampPath, effective, 'TimestampPath');
      const at = parseIsoOffsetDateTime(ts);
      if (at === undefined) {
        throw new StatesError(
          'States.Runtime',
          `The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${def.TimestampPath} == ${typeof ts === 'string' ? ts : JSON.stringify(ts)}`,
        );
      }
      until = at;
    }
    assigned = await flow.assign(frame, def.Assign, effective, {});
    output = flow.outputPath(frame, effective);
  }
  if ((until - enteredAt) / 1000 > MAX_WAIT_SECONDS) throw new StatesError('States.Runtime', 'Wait state delay is too long.');
  // A Wait rebuilt from history whose exit is recorded need not sleep again.
  if (!it.env.recorder.recordedFollowUp(frame.scope.lastEventId, ['WaitStateExited'])) {
    await sleepUntil(it.env.clock, until, frame.signal);
  }
  return it.exit(frame, output, def.Next, assigned);
}
