import jsonata from 'jsonata';
import { StatesError } from '../errors/statesError';
import type { Json } from '../engine/types';

const compiled = new Map<string, jsonata.Expression>();

export interface JsonataBindings {
  /** `$states`: input, result, errorOutput, context. */
  states: Record<string, unknown>;
  variables: Record<string, Json>;
  functions: Record<string, unknown>;
}

const EXPRESSION = /^\{%([\s\S]*)%\}$/;

/** Whether a string is a JSONata expression (`{% ... %}`) rather than a literal. */
export function isJsonataExpression(value: unknown): value is string {
  return typeof value === 'string' && EXPRESSION.test(value);
}

/**
 * Evaluates a JSONata template: `{% expr %}` strings are evaluated, objects and arrays are walked,
 * other values are literals. `field` names the ASL field in AWS's error messages ("Output/result").
 */
export async function evaluateJsonataTemplate(template: unknown, field: string, bindings: JsonataBindings): Promise<Json> {
  if (isJsonataExpression(template)) return evaluateJsonataExpression(template.match(EXPRESSION)![1], field, bindings);
  if (Array.isArray(template)) {
    const out: Json[] = [];
    for (let i = 0; i < template.length; i++) out.push(await evaluateJsonataTemplate(template[i], `${field}[${i}]`, bindings));
    return out;
  }
  if (template !== null && typeof template === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(template)) out[k] = await evaluateJsonataTemplate(v, `${field}/${k}`, bindings);
    return out;
  }
  return template as Json;
}

export async function evaluateJsonataExpression(source: string, field: string, bindings: JsonataBindings): Promise<Json> {
  const raw = await evaluateRaw(source, field, bindings);
  if (raw === undefined) {
    throw new StatesError(
      'States.QueryEvaluationError',
      `The JSONata expression '${source.trim()}' specified for the field '${field}' returned nothing (undefined).`,
    );
  }
  if (typeof raw === 'function' || containsFunction(raw)) {
    throw new StatesError(
      'States.QueryEvaluationError',
      `The JSONata expression '${source.trim()}' specified for the field '${field}' returned an unsupported result type.`,
    );
  }
  return toJson(raw);
}

export async function evaluateRaw(source: string, field: string, bindings: JsonataBindings): Promise<unknown> {
  let expr = compiled.get(source);
  try {
    if (!expr) {
      expr = jsonata(source);
      compiled.set(source, expr);
    }
    return await expr.evaluate(bindings.states.input ?? null, {
      ...bindings.functions,
      ...bindings.variables,
      states: bindings.states,
    });
  } catch (e) {
    if (e instanceof StatesError) throw e;
    const err = e as { code?: string; jsonataCode?: string; message?: string };
    const code = err.code ?? err.jsonataCode;
    throw new StatesError(
      'States.QueryEvaluationError',
      `The JSONata expression '${source.trim()}' specified for the field '${field}' threw an error during evaluation. ${code ? `${code}: ` : ''}${err.message ?? String(e)}`,
    );
  }
}

/** JSONata lambdas are objects flagged `_jsonata_lambda`; native functions are JS functions. */
export function isJsonataFunction(v: unknown): boolean {
  return typeof v === 'function' || (v !== null && typeof v === 'object' && ('_jsonata_lambda' in v || '_jsonata_function' in v));
}

function containsFunction(v: unknown): boolean {
  if (isJsonataFunction(v)) return true;
  if (Array.isArray(v)) return v.some(containsFunction);
  if (v !== null && typeof v === 'object') return Object.values(v).some(containsFunction);
  return false;
}

/** JSONata results carry sequence markers and may hold -0 or non-finite numbers; make plain JSON. */
export function toJson(v: unknown): Json {
  if (Array.isArray(v)) return v.map(toJson);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toJson(x);
    return out;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new StatesError('States.QueryEvaluationError', 'The JSONata expression returned a non-finite number.');
    return v === 0 ? 0 : v;
  }
  return v as Json;
}
