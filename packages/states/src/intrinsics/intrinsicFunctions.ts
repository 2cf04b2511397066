/**
 * The States.* intrinsic functions, as AWS documents them.
 *
 *   intrinsicFunctions: Record<string, IntrinsicDefinition>
 *   interface IntrinsicDefinition { minArgs: number; maxArgs: number; apply(args: unknown[], call: IntrinsicCall): unknown }
 *   formatIntrinsicValue(v: unknown): string   how States.Format renders a non-string value
 *
 * Every failure throws StatesError('States.Runtime', 'Invalid arguments in States.X'): that is what
 * AWS reports (observed on AWS; the spec's States.IntrinsicFailure is not what executions show).
 * Numeric arguments are truncated to integers (Java's intValue) except for States.MathAdd, which
 * rounds, as observed on AWS.
 */
import { createHash, randomUUID } from 'node:crypto';
import { StatesError } from '../errors/statesError';
import { deepEqual } from '../jsonpath/evaluateJsonPath';
import type { IntrinsicCall } from './parseIntrinsic';

export interface IntrinsicDefinition {
  minArgs: number;
  maxArgs: number;
  apply(args: unknown[], call: IntrinsicCall): unknown;
}

const MAX_STRING = 10_000;
const MAX_RANGE = 1000;
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

/** `detail` explains the failure in tests and logs; AWS's cause carries only the function name. */
export class IntrinsicArgumentError extends StatesError {
  constructor(public readonly functionName: string, public readonly detail: string) {
    super('States.Runtime', `Invalid arguments in ${functionName}`);
  }
}

function fail(name: string, message: string): never {
  throw new IntrinsicArgumentError(name, message);
}

function show(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function requireArray(name: string, v: unknown, what = 'first argument'): unknown[] {
  if (!Array.isArray(v)) fail(name, `the ${what} must be an array, but was ${show(v)}`);
  return v;
}

function requireString(name: string, v: unknown, what = 'argument'): string {
  if (typeof v !== 'string') fail(name, `the ${what} must be a string, but was ${show(v)}`);
  return v;
}

/** Java's Math.round: AWS rounds non-integer numeric arguments this way. */
function javaRound(x: number): number {
  return Math.floor(x + 0.5);
}

function requireNumber(name: string, v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(name, `the ${what} must be a number, but was ${show(v)}`);
  return v;
}

/** Java's intValue(): fractional arguments are truncated towards zero. */
function requireInteger(name: string, v: unknown, what: string): number {
  return Math.trunc(requireNumber(name, v, what)) || 0;
}

export function formatIntrinsicValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map(formatIntrinsicValue).join(', ')}]`;
  if (isObject(v)) return `{${Object.entries(v).map(([k, x]) => `${k}=${formatIntrinsicValue(x)}`).join(', ')}}`;
  return show(v);
}

/** java.util.Random, so a seeded States.MathRandom is reproducible. */
function javaRandomInt(seed: number, bound: number): number {
  const mask = (1n << 48n) - 1n;
  let s = (BigInt.asIntN(64, BigInt(Math.trunc(seed))) ^ 0x5deece66dn) & mask;
  const next = (bits: number): number => {
    s = (s * 0x5deece66dn + 0xbn) & mask;
    return Number(BigInt.asIntN(32, s >> BigInt(48 - bits)));
  };
  if ((bound & -bound) === bound) return Number((BigInt(bound) * BigInt(next(31))) >> 31n);
  let bits: number;
  let val: number;
  do {
    bits = next(31);
    val = bits % bound;
  } while (bits - val + (bound - 1) > INT_MAX);
  return val;
}

const HASHES: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

export const intrinsicFunctions: Record<string, IntrinsicDefinition> = {
  'States.Format': {
    minArgs: 1,
    maxArgs: Infinity,
    apply(args, call) {
      const name = call.name;
      const template = requireString(name, args[0], 'first argument');
      const first = call.args[0];
      // Placeholders of a literal template come from the parser, so escaped braces stay literal.
      const literal = first.kind === 'literal' && first.placeholders !== undefined;
      // AWS rejects a lone, unescaped brace in the template.
      if (literal ? first.strayBrace : /[{}]/.test(template.replace(/\{\}/g, ''))) {
        fail(name, `the format string contains an unescaped brace: ${show(template)}`);
      }
      const positions = literal ? first.placeholders! : [...template.matchAll(/\{\}/g)].map((m) => m.index!);
      const values = args.slice(1);
      if (positions.length !== values.length) {
        fail(name, `the format string has ${positions.length} placeholder(s) but ${values.length} value(s) were given`);
      }
      let out = '';
      let last = 0;
      positions.forEach((pos, i) => {
        out += template.slice(last, pos) + formatIntrinsicValue(values[i]);
        last = pos + 2;
      });
      return out + template.slice(last);
    },
  },
  'States.StringToJson': {
    minArgs: 1,
    maxArgs: 1,
    apply([s], { name }) {
      // A null or blank string parses to null rather than failing (AWS behaviour, as LocalStack reproduces it).
      if (s === null || (typeof s === 'string' && s.trim() === '')) return null;
      const text = requireString(name, s);
      try {
        return JSON.parse(text);
      } catch {
        return fail(name, `the argument is not a valid JSON string: ${show(text)}`);
      }
    },
  },
  'States.JsonToString': {
    minArgs: 1,
    maxArgs: 1,
    apply([v]) {
      return JSON.stringify(v) ?? 'null';
    },
  },
  'States.Array': {
    minArgs: 0,
    maxArgs: Infinity,
    apply(args) {
      return args;
    },
  },
  'States.ArrayPartition': {
    minArgs: 2,
    maxArgs: 2,
    apply([arr, size], { name }) {
      const array = requireArray(name, arr);
      const n = requireInteger(name, size, 'chunk size');
      if (n <= 0) fail(name, `the chunk size must be a positive integer, but was ${show(size)}`);
      const out: unknown[][] = [];
      for (let i = 0; i < array.length; i += n) out.push(array.slice(i, i + n));
      return out;
    },
  },
  'States.ArrayContains': {
    minArgs: 2,
    maxArgs: 2,
    apply([arr, value], { name }) {
      return requireArray(name, arr).some((x) => deepEqual(x, value));
    },
  },
  'States.ArrayRange': {
    minArgs: 3,
    maxArgs: 3,
    apply([a, b, c], { name }) {
      const start = requireInteger(name, a, 'start');
      const end = requireInteger(name, b, 'end');
      const step = requireInteger(name, c, 'step');
      if (step === 0) fail(name, 'the step must not be 0');
      const count = Math.max(0, Math.floor((end - start) / step) + 1);
      if (count > MAX_RANGE) fail(name, `the range would have ${count} items, more than the limit of ${MAX_RANGE}`);
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push(start + i * step);
      return out;
    },
  },
  'States.ArrayGetItem': {
    minArgs: 2,
    maxArgs: 2,
    apply([arr, index], { name }) {
      const array = requireArray(name, arr);
      const i = requireInteger(name, index, 'index');
      // Observed on AWS: any index into an empty array yields null rather than an error.
      if (array.length === 0 && i >= 0) return null;
      if (i < 0 || i >= array.length) fail(name, `the index ${i} is out of bounds for an array of ${array.length} item(s)`);
      return array[i];
    },
  },
  'States.ArrayLength': {
    minArgs: 1,
    maxArgs: 1,
    apply([arr], { name }) {
      return requireArray(name, arr, 'argument').length;
    },
  },
  'States.ArrayUnique': {
    minArgs: 1,
    maxArgs: 1,
    apply([arr], { name }) {
      const out: unknown[] = [];
      for (const v of requireArray(name, arr, 'argument')) if (!out.some((x) => deepEqual(x, v))) out.push(v);
      return out;
    },
  },
  'States.Base64Encode': {
    minArgs: 1,
    maxArgs: 1,
    apply([s], { name }) {
      const text = requireString(name, s);
      if (text.length > MAX_STRING) fail(name, `the input is ${text.length} characters long, more than the limit of ${MAX_STRING}`);
      return Buffer.from(text, 'utf8').toString('base64');
    },
  },
  'States.Base64Decode': {
    minArgs: 1,
    maxArgs: 1,
    apply([s], { name }) {
      const text = requireString(name, s);
      if (text.length > MAX_STRING) fail(name, `the input is ${text.length} characters long, more than the limit of ${MAX_STRING}`);
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || (text.includes('=') && text.length % 4 !== 0)) {
        fail(name, `the argument is not valid Base64: ${show(text)}`);
      }
      return Buffer.from(text, 'base64').toString('utf8');
    },
  },
  'States.Hash': {
    minArgs: 2,
    maxArgs: 2,
    apply([data, algorithm], { name }) {
      const alg = HASHES[algorithm as string];
      if (typeof algorithm !== 'string' || !alg) {
        fail(name, `the hashing algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was ${show(algorithm)}`);
      }
      const text = typeof data === 'string' ? data : JSON.stringify(data) ?? 'null';
      if (text.length > MAX_STRING) fail(name, `the input is ${text.length} characters long, more than the limit of ${MAX_STRING}`);
      return createHash(alg).update(text, 'utf8').digest('hex');
    },
  },
  'States.JsonMerge': {
    minArgs: 3,
    maxArgs: 3,
    apply([a, b, deep], { name }) {
      if (!isObject(a)) fail(name, `the first argument must be a JSON object, but was ${show(a)}`);
      if (!isObject(b)) fail(name, `the second argument must be a JSON object, but was ${show(b)}`);
      if (typeof deep !== 'boolean') fail(name, `the third argument must be a boolean, but was ${show(deep)}`);
      if (deep) fail(name, 'only shallow merging is supported, the third argument must be false');
      return { ...a, ...b };
    },
  },
  'States.MathRandom': {
    minArgs: 2,
    maxArgs: 3,
    apply(args, { name }) {
      const start = requireInteger(name, args[0], 'start');
      const end = requireInteger(name, args[1], 'end');
      // The end is exclusive, so the range must hold at least one integer.
      if (start >= end) fail(name, `the start ${start} must be smaller than the end ${end}`);
      const bound = end - start;
      if (args.length === 3) return start + javaRandomInt(requireInteger(name, args[2], 'seed'), bound);
      return start + Math.floor(Math.random() * bound);
    },
  },
  'States.MathAdd': {
    minArgs: 2,
    maxArgs: 2,
    apply([a, b], { name }) {
      const x = javaRound(requireNumber(name, a, 'first argument'));
      const y = javaRound(requireNumber(name, b, 'second argument'));
      const sum = x + y;
      for (const v of [x, y, sum]) {
        if (v < INT_MIN || v > INT_MAX) fail(name, `the value ${v} is outside the integer range [${INT_MIN}, ${INT_MAX}]`);
      }
      return sum;
    },
  },
  'States.StringSplit': {
    minArgs: 2,
    maxArgs: 2,
    apply([s, d], { name }) {
      const text = requireString(name, s, 'first argument');
      const delimiters = requireString(name, d, 'second argument');
      // Every character of the second argument is a delimiter and empty tokens are dropped.
      const out: string[] = [];
      let token = '';
      for (const ch of text) {
        if (delimiters.includes(ch)) {
          if (token) out.push(token);
          token = '';
        } else token += ch;
      }
      if (token) out.push(token);
      return out;
    },
  },
  'States.UUID': {
    minArgs: 0,
    maxArgs: 0,
    apply() {
      return randomUUID();
    },
  },
};
