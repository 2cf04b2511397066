/**
 * Places a state's result into its input as ResultPath says (JSONPath states).
 *
 *   applyResultPath(input: unknown, result: unknown, resultPath: string | null | undefined): unknown
 *     undefined or '$' -> the result; null -> the input (result discarded);
 *     '$.a.b' / "$['a'][0]" -> a copy of the input with the result set there, creating missing
 *     objects on the way. Only the objects along the path are copied; the input is not mutated.
 *     Throws StatesError('States.ResultPathMatchFailure', "Unable to apply ReferencePath $.a to input ...")
 *     when the input (or a node on the path) is not an object, and States.Runtime for a path that
 *     is not a reference path.
 */
import { StatesError } from '../errors/statesError';
import { compileJsonPath, type Segment } from './compileJsonPath';
import { JsonPathSyntaxError } from './jsonPathErrors';

export function applyResultPath(input: unknown, result: unknown, resultPath: string | null | undefined): unknown {
  if (resultPath === undefined || resultPath === '$') return result;
  if (resultPath === null) return input;
  let segments: Segment[];
  try {
    const compiled = compileJsonPath(resultPath);
    if (!compiled.definite || compiled.fn) throw new JsonPathSyntaxError(resultPath, '');
    segments = compiled.segments;
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) {
      throw new StatesError('States.Runtime', `Invalid ResultPath '${resultPath}': ResultPath must be a reference path`);
    }
    throw e;
  }
  const fail = (): never => {
    throw new StatesError(
      'States.ResultPathMatchFailure',
      `Unable to apply ReferencePath ${resultPath} to input ${JSON.stringify(input) ?? 'null'}`,
    );
  };
  return setAt(input, segments, 0, result, fail);
}

function setAt(node: unknown, segs: Segment[], i: number, value: unknown, fail: () => never): unknown {
  if (i === segs.length) return value;
  const s = segs[i];
  if (s.kind === 'prop') {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return fail();
    const name = s.names[0];
    const obj = node as Record<string, unknown>;
    const child = Object.prototype.hasOwnProperty.call(obj, name) ? obj[name] : i + 1 < segs.length ? {} : undefined;
    return { ...obj, [name]: setAt(child, segs, i + 1, value, fail) };
  }
  if (s.kind === 'index' && Array.isArray(node)) {
    const idx = s.indexes[0] < 0 ? node.length + s.indexes[0] : s.indexes[0];
    if (idx < 0 || idx >= node.length) return fail();
    const copy = node.slice();
    copy[idx] = setAt(node[idx], segs, i + 1, value, fail);
    return copy;
  }
  return fail();
}
