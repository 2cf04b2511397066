import { StatesError } from '../errors/statesError';
import {
  applyResultPath,
  evaluateDynamicValue,
  evaluatePayloadTemplate,
  invalidPathCause,
  JsonPathNotFoundError,
  JsonPathSyntaxError,
  resolvePath,
} from '../jsonpath';
import type { PathData } from './jsonPathAdapter';
import type { Json } from './types';

/** A reference path (InputPath, OutputPath, ItemsPath, *SecondsPath, ...): AWS fails with States.Runtime. */
export function selectReferencePath(path: string, data: PathData, field: string): Json {
  try {
    return resolvePath(path, data) as Json;
  } catch (e) {
    if (e instanceof JsonPathNotFoundError) throw new StatesError('States.Runtime', invalidPathCause(path, e));
    if (e instanceof JsonPathSyntaxError) throw new StatesError('States.Runtime', `Invalid path '${path}' specified for the field '${field}': ${e.message}`);
    throw e;
  }
}

export function evaluateTemplate(template: Json, data: PathData): Json {
  return evaluatePayloadTemplate(template, data) as Json;
}

/** One `.$`-style value (a path or an intrinsic), e.g. Fail's ErrorPath. */
export function evaluatePayloadValue(expression: string, field: string, data: PathData): Json {
  return evaluateDynamicValue(expression, data, field) as Json;
}

export function applyResultPathTo(input: Json, result: Json, resultPath: string): Json {
  return applyResultPath(input, result, resultPath) as Json;
}

/** A Choice rule's Variable (or *Path operand): absent values are reported, not thrown. */
export function readChoicePath(path: string, data: PathData): { found: boolean; value?: Json } {
  try {
    return { found: true, value: resolvePath(path, data) as Json };
  } catch (e) {
    if (e instanceof JsonPathNotFoundError) return { found: false };
    if (e instanceof JsonPathSyntaxError) throw new StatesError('States.Runtime', e.message);
    throw e;
  }
}
