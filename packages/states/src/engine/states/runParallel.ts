import { Aborted } from '../aborted';
import type { Interpreter, Program } from '../interpreter';
import { withRetry } from '../retry';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json } from '../types';
import { finishWithResult } from './finishWithResult';

export async function runParallel(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  const branches = (def.Branches ?? []) as Program[];
  const result = await withRetry(it, frame, async () => {
    let input: Json;
    if (frame.ql === 'JSONata') input = def.Arguments !== undefined ? await flow.jsonata(frame, def.Arguments, 'Arguments') : frame.rawInput;
    else {
      const effective = flow.inputPath(frame);
      input = def.Parameters !== undefined ? flow.template(frame, def.Parameters, effective) : effective;
    }
    it.emit(frame.scope, 'ParallelStateStarted');
    const controller = new AbortController();
    const stop = () => controller.abort();
    frame.signal.addEventListener('abort', stop, { once: true });
    const startId = frame.scope.lastEventId;
    try {
      const outputs = await Promise.all(
        branches.map((branch) => {
          const scope = frame.scope.child(startId);
          return it.runProgram(branch, input, scope, controller.signal).catch((e: unknown) => {
            controller.abort();
            throw e;
          });
        }),
      );
      it.emit(frame.scope, 'ParallelStateSucceeded');
      return outputs as Json;
    } catch (e) {
      if (e instanceof Aborted && frame.signal.aborted) throw e;
      it.emit(frame.scope, 'ParallelStateFailed');
      throw e;
    } finally {
      frame.signal.removeEventListener('abort', stop);
    }
  });
  return finishWithResult(it, frame, result);
}

