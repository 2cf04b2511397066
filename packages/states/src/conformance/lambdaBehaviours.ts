import { sleepUntil } from '../engine/sleep';
import type { Json, JsonObject } from '../engine/types';
import { pythonStr } from '../tasks/pythonJson';
import { LambdaFunctionError, type LambdaFunction } from '../tasks/taskTypes';

const TRACE = (line: number, code: string) => [`  File "/var/task/handler.py", line ${line}, in handler\n    ${code}\n`];

/** The Lambda functions the conformance cases were recorded against, by behaviour name. */
export const lambdaBehaviours: Record<string, LambdaFunction> = {
  identity: (event) => event,
  echo_hello: () => ({ Return: 'HelloWorld' }),
  raise_exception: () => {
    throw new LambdaFunctionError('Exception', 'Some exception was raised.', TRACE(2, 'raise Exception("Some exception was raised.")'));
  },
  raise_custom_exception: () => {
    throw new LambdaFunctionError('CustomException', '', TRACE(9, 'raise CustomException()'));
  },
  return_bytes_str: () => 'HelloWorld!',
  return_decorated_input: (event) => `input-event-${pythonStr(event)}`,
  hello_who: (event) => `Hello, ${String((event as JsonObject)?.who)}!`,
  large_output_string: () => 'a'.repeat(263_168),
  wait_60_seconds: async (event, ctx) => {
    await sleepUntil(ctx.clock, ctx.clock.now() + 60_000, ctx.signal);
    return event as Json;
  },
};
