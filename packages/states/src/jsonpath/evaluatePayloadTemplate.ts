/**
 * Payload templates of JSONPath states: Parameters, ResultSelector, ItemSelector, Assign,
 * and single dynamic values (Fail's ErrorPath/CausePath, `*Path` fields that accept intrinsics).
 *
 *   evaluatePayloadTemplate(template: unknown, scope: PathScope): unknown
 *     Objects and arrays are rebuilt recursively; a key ending in `.$` has its string value
 *     evaluated (a path `$...`/`$$...`/`$var...` or an intrinsic `States.X(...)`) and is emitted
 *     without the `.$` suffix; every other value is copied as is.
 *   evaluateDynamicValue(expression: string, scope: PathScope, field: string): unknown
 *     One `.$` value; `field` names it in error messages ('value.$', 'ErrorPath', ...).
 *
 * A definite path that finds nothing throws StatesError('States.Runtime',
 * "The JSONPath '$.x' specified for the field 'value.$' could not be found in the input '<json>'").
 * Intrinsic failures throw States.IntrinsicFailure. The engine adds AWS's state prefix
 * ("An error occurred while executing the state ...") to the cause.
 */
import { StatesError } from '../errors/statesError';
import { evaluateIntrinsic } from '../intrinsics/evaluateIntrinsic';
import { isIntrinsic } from '../intrinsics/parseIntrinsic';
import { JsonPathNotFoundError, JsonPathSyntaxError, payloadPathNotFoundCause } from './jsonPathErrors';
import { pathSourceValue, resolvePath, type PathScope } from './resolvePath';

export function evaluatePayloadTemplate(template: unknown, scope: PathScope): unknown {
  if (Array.isArray(template)) return template.map((v) => evaluatePayloadTemplate(v, scope));
  if (typeof template !== 'object' || template === null) return template;
  const out: Record<string, unknown> = {};
  for (const key in template as Record<string, unknown>) {
    const value = (template as Record<string, unknown>)[key];
    if (key.endsWith('.$') && typeof value === 'string') {
      out[key.slice(0, -2)] = evaluateDynamicValue(value, scope, key);
    } else {
      out[key] = evaluatePayloadTemplate(value, scope);
    }
  }
  return out;
}

export function evaluateDynamicValue(expression: string, scope: PathScope, field: string): unknown {
  const resolve = (path: string): unknown => {
    try {
      return resolvePath(path, scope);
    } catch (e) {
      if (e instanceof JsonPathNotFoundError) {
        throw new StatesError('States.Runtime', payloadPathNotFoundCause(path, field, pathSourceValue(path, scope)));
      }
      if (e instanceof JsonPathSyntaxError) throw new StatesError('States.Runtime', e.message);
      throw e;
    }
  };
  if (isIntrinsic(expression)) return evaluateIntrinsic(expression, resolve);
  return resolve(expression);
}
