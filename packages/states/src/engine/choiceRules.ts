import { StatesError } from '../errors/statesError';
import { parseIsoOffsetDateTime } from './timestamps';
import type { Json, JsonObject } from './types';

/** Reads a path for a Choice rule; `found: false` when nothing is there. */
export type PathReader = (path: string) => { found: boolean; value?: Json };

const COMPARATORS = [
  'StringEquals', 'StringLessThan', 'StringGreaterThan', 'StringLessThanEquals', 'StringGreaterThanEquals', 'StringMatches',
  'NumericEquals', 'NumericLessThan', 'NumericGreaterThan', 'NumericLessThanEquals', 'NumericGreaterThanEquals',
  'BooleanEquals',
  'TimestampEquals', 'TimestampLessThan', 'TimestampGreaterThan', 'TimestampLessThanEquals', 'TimestampGreaterThanEquals',
  'IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp',
] as const;

/** Evaluates a JSONPath Choice rule (And/Or/Not or Variable + one comparison). */
export function evaluateChoiceRule(rule: JsonObject, read: PathReader): boolean {
  if (Array.isArray(rule.And)) return (rule.And as JsonObject[]).every((r) => evaluateChoiceRule(r, read));
  if (Array.isArray(rule.Or)) return (rule.Or as JsonObject[]).some((r) => evaluateChoiceRule(r, read));
  if (rule.Not !== undefined) return !evaluateChoiceRule(rule.Not as JsonObject, read);
  const variable = rule.Variable as string;
  const key = Object.keys(rule).find((k) => (COMPARATORS as readonly string[]).includes(k.replace(/Path$/, '')) && k !== 'Variable');
  if (!key) throw new StatesError('States.Runtime', `The Choice rule on '${variable}' has no comparison operator.`);
  const op = key.replace(/Path$/, '');
  const v = read(variable);
  if (op === 'IsPresent') return v.found === (rule[key] as boolean);
  if (!v.found) {
    throw new StatesError('States.Runtime', `Invalid path '${variable}': The choice state's condition path references an invalid value.`);
  }
  let expected: Json = rule[key];
  if (key.endsWith('Path') && key !== 'StringMatchesPath') {
    const e = read(expected as string);
    if (!e.found) {
      throw new StatesError('States.Runtime', `Invalid path '${String(expected)}': The choice state's condition path references an invalid value.`);
    }
    expected = e.value as Json;
  }
  return compare(op, v.value as Json, expected);
}

function compare(op: string, actual: Json, expected: Json): boolean {
  switch (op) {
    case 'IsNull':
      return (actual === null) === expected;
    case 'IsNumeric':
      return (typeof actual === 'number') === expected;
    case 'IsString':
      return (typeof actual === 'string') === expected;
    case 'IsBoolean':
      return (typeof actual === 'boolean') === expected;
    case 'IsTimestamp':
      return (parseIsoOffsetDateTime(actual) !== undefined) === expected;
    case 'BooleanEquals':
      return typeof actual === 'boolean' && actual === expected;
    case 'StringMatches':
      return typeof actual === 'string' && typeof expected === 'string' && wildcardRegex(expected).test(actual);
  }
  if (op.startsWith('String')) {
    if (typeof actual !== 'string' || typeof expected !== 'string') return false;
    return ordered(op.slice(6), actual < expected ? -1 : actual > expected ? 1 : 0);
  }
  if (op.startsWith('Numeric')) {
    if (typeof actual !== 'number' || typeof expected !== 'number') return false;
    return ordered(op.slice(7), Math.sign(actual - expected));
  }
  if (op.startsWith('Timestamp')) {
    const a = parseIsoOffsetDateTime(actual);
    const b = parseIsoOffsetDateTime(expected);
    if (a === undefined || b === undefined) return false;
    return ordered(op.slice(9), Math.sign(a - b));
  }
  return false;
}

function ordered(relation: string, cmp: number): boolean {
  switch (relation) {
    case 'Equals':
      return cmp === 0;
    case 'LessThan':
      return cmp < 0;
    case 'GreaterThan':
      return cmp > 0;
    case 'LessThanEquals':
      return cmp <= 0;
    case 'GreaterThanEquals':
      return cmp >= 0;
  }
  return false;
}

/** StringMatches: `*` matches any run of characters; `\*` and `\\` are literal. */
function wildcardRegex(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      re += escape(pattern[++i]);
    } else if (c === '*') re += '[\\s\\S]*';
    else re += escape(c);
  }
  return new RegExp(`^${re}$`);
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
