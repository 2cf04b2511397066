import { fieldIp, type Field } from './flattenEvent';
import { compileIgnoreCase, matchesIgnoreCase } from './ignoreCase';
import type { IpRange } from './ipAddress';
import { matchesWildcard, type Wildcard } from './wildcard';

/**
 * Predicates on one event value, one per pattern element. String operators see only JSON strings
 * (the engine quotes strings, so a prefix can never match a number or `null`); numeric operators
 * see only numbers it can compare.
 */
export type ValueTest = (field: Field) => boolean;

export const exactString = (s: string): ValueTest => (f) => f.kind === 'string' && f.text === s;

/** An exact number matches numerically when both sides are comparable, else by spelling. */
export const exactNumber =
  (raw: string, num: number | undefined): ValueTest =>
  (f) =>
    f.kind === 'number' && (f.num !== undefined ? num !== undefined && f.num === num : f.text === raw);

export const exactLiteral =
  (text: 'true' | 'false' | 'null'): ValueTest =>
  (f) =>
    (f.kind === 'boolean' || f.kind === 'null') && f.text === text;

export const prefix = (p: string): ValueTest => (f) => f.kind === 'string' && f.text.startsWith(p);

export const suffix = (p: string): ValueTest => (f) => f.kind === 'string' && f.text.endsWith(p);

export function ignoreCase(p: string, anchor: 'whole' | 'prefix' | 'suffix'): ValueTest {
  const compiled = compileIgnoreCase(p);
  return (f) => f.kind === 'string' && matchesIgnoreCase(compiled, f.text, anchor);
}

export const wildcard = (w: Wildcard): ValueTest => (f) => f.kind === 'string' && matchesWildcard(w, f.text);

export interface NumericBounds {
  lower: number;
  lowerOpen: boolean;
  upper: number;
  upperOpen: boolean;
}

export const numericRange =
  ({ lower, lowerOpen, upper, upperOpen }: NumericBounds): ValueTest =>
  (f) => {
    const n = f.num;
    if (n === undefined) return false;
    return (lowerOpen ? n > lower : n >= lower) && (upperOpen ? n < upper : n <= upper);
  };

export const numericEquals = (num: number): ValueTest => (f) => f.num === num;

export const ipRange =
  (r: IpRange): ValueTest =>
  (f) => {
    if (f.kind !== 'string') return false;
    const ip = fieldIp(f);
    return ip !== null && ip.length === r.bottom.length && ip >= r.bottom && ip <= r.top;
  };

export const exists: ValueTest = () => true;

/** anything-but: the value exists and does not match; values of other types always qualify. */
export const not =
  (test: ValueTest): ValueTest =>
  (f) =>
    !test(f);

export const anyOf = (tests: ValueTest[]): ValueTest => {
  if (tests.length === 1) return tests[0]!;
  return (f) => {
    for (const t of tests) if (t(f)) return true;
    return false;
  };
};

export const stringIn =
  (values: ReadonlySet<string>): ValueTest =>
  (f) =>
    f.kind === 'string' && values.has(f.text);

export const numberIn =
  (values: ReadonlySet<number>): ValueTest =>
  (f) =>
    f.num !== undefined && values.has(f.num);
