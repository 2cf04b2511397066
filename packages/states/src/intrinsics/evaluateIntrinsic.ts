/**
 * Evaluates an intrinsic function call.
 *
 *   evaluateIntrinsic(expression: string, resolvePath: (path: string) => unknown): unknown
 *     `resolvePath` receives each path argument as written (`$.a`, `$$.Execution.Id`, `$var.x`)
 *     and its errors (e.g. JsonPathNotFoundError) propagate unchanged, so the caller reports them
 *     like any other path. Errors of the call itself are StatesError('States.Runtime', ...), as AWS
 *     reports them: "Invalid arguments in States.X" for argument values and counts (class
 *     IntrinsicArgumentError, with a `detail`), and a description for unknown functions and syntax errors.
 *   checkIntrinsic(expression: string): string | undefined
 *     Static check for validation: the problem with the expression's syntax, function names or
 *     argument counts, or undefined when it is well formed.
 */
import { StatesError } from '../errors/statesError';
import { IntrinsicArgumentError, intrinsicFunctions } from './intrinsicFunctions';
import { IntrinsicSyntaxError, parseIntrinsic, type IntrinsicArg, type IntrinsicCall } from './parseIntrinsic';

export function evaluateIntrinsic(expression: string, resolvePath: (path: string) => unknown): unknown {
  let call: IntrinsicCall;
  try {
    call = parseIntrinsic(expression);
  } catch (e) {
    if (e instanceof IntrinsicSyntaxError) throw new StatesError('States.Runtime', e.message);
    throw e;
  }
  return evaluateCall(call, resolvePath);
}

function evaluateArg(arg: IntrinsicArg, resolvePath: (path: string) => unknown): unknown {
  if (arg.kind === 'literal') return arg.value;
  if (arg.kind === 'path') return resolvePath(arg.path);
  return evaluateCall(arg, resolvePath);
}

function evaluateCall(call: IntrinsicCall, resolvePath: (path: string) => unknown): unknown {
  const def = intrinsicFunctions[call.name];
  if (!def) throw new StatesError('States.Runtime', `Unsupported intrinsic function ${call.name}`);
  const arityProblem = arity(call);
  if (arityProblem) throw new IntrinsicArgumentError(call.name, arityProblem);
  const args = call.args.map((a) => evaluateArg(a, resolvePath));
  return def.apply(args, call);
}

function arity(call: IntrinsicCall): string | undefined {
  const def = intrinsicFunctions[call.name];
  const n = call.args.length;
  if (n >= def.minArgs && n <= def.maxArgs) return undefined;
  const expected =
    def.minArgs === def.maxArgs
      ? `${def.minArgs}`
      : def.maxArgs === Infinity
        ? `at least ${def.minArgs}`
        : `${def.minArgs} to ${def.maxArgs}`;
  return `Invalid arguments in ${call.name}: expected ${expected} argument(s) but got ${n}`;
}

export function checkIntrinsic(expression: string): string | undefined {
  let call: IntrinsicCall;
  try {
    call = parseIntrinsic(expression);
  } catch (e) {
    if (e instanceof IntrinsicSyntaxError) return e.message;
    throw e;
  }
  const visit = (c: IntrinsicCall): string | undefined => {
    if (!intrinsicFunctions[c.name]) return `Unsupported intrinsic function ${c.name}`;
    const problem = arity(c);
    if (problem) return problem;
    if (c.name === 'States.Format' && c.args[0].kind === 'literal') {
      const first = c.args[0];
      if (typeof first.value !== 'string') return `Invalid arguments in States.Format: the first argument must be a string`;
      if (first.strayBrace) return `Invalid arguments in States.Format: the format string contains an unescaped brace`;
      if (first.placeholders && first.placeholders.length !== c.args.length - 1) {
        return `Invalid arguments in States.Format: the format string has ${first.placeholders.length} placeholder(s) but ${c.args.length - 1} value(s) were given`;
      }
    }
    for (const a of c.args) {
      if (a.kind === 'call') {
        const p = visit(a);
        if (p) return p;
      }
    }
    return undefined;
  };
  return visit(call);
}
