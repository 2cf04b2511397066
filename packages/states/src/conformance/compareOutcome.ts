import type { Json } from '../engine/types';
import type { CaseResult, ConformanceCase } from './conformanceCase';

const TIMESTAMP_WORDS = new Set(['date', 'datetime', 'timestamp']);

/** Why an actual result differs from a case's expectation, or undefined when it matches. */
export function compareOutcome(c: ConformanceCase, actual: CaseResult): string | undefined {
  const exp = c.expected;
  if (actual.status !== exp.status) {
    return `status ${actual.status} (${actual.error ?? ''}: ${truncate(actual.cause ?? JSON.stringify(actual.output) ?? '')}), expected ${exp.status}`;
  }
  const wildcards = new Set(c.compare.wildcards ?? []);
  const prepared = prepare(actual, c.compare.replacements ?? []);
  if (exp.status === 'SUCCEEDED') {
    const why = diff(normalize(exp.output as Json), prepared.output as Json, wildcards, '$');
    return why && `output ${why}`;
  }
  for (const field of ['error', 'cause'] as const) {
    const e = exp[field];
    const a = prepared[field];
    if (e === undefined) {
      if (a !== undefined && a !== '') return `${field} ${JSON.stringify(a)}, expected none`;
      continue;
    }
    const why = diff(normalize(e as Json), a as Json, wildcards, field);
    if (why) return why;
  }
  return undefined;
}

function prepare(actual: CaseResult, replacements: [string, string][]): CaseResult {
  let text = JSON.stringify(actual);
  for (const [pattern, replacement] of replacements) text = text.replace(new RegExp(pattern, 'g'), replacement.replace(/\$/g, '$$$$'));
  return normalize(JSON.parse(text) as Json) as unknown as CaseResult;
}

/** The snapshot serialiser turned every string holding a JSON object into that object. */
function normalize(v: Json): Json {
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.startsWith('{') && t.endsWith('}')) {
      try {
        const parsed = JSON.parse(t) as Json;
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) return normalize(parsed);
      } catch {
        /* not JSON */
      }
    }
    return v;
  }
  if (Array.isArray(v)) return v.map(normalize);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  return v;
}

function diff(expected: Json, actual: Json | undefined, wildcards: Set<string>, at: string): string | undefined {
  if (typeof expected === 'string') {
    if (wildcards.has(expected) || TIMESTAMP_WORDS.has(expected)) return actual === undefined ? `${at}: missing` : undefined;
    if (typeof actual !== 'string') return `${at}: ${truncate(JSON.stringify(actual))}, expected ${truncate(JSON.stringify(expected))}`;
    if (expected.includes('<') && /<[^<>]*>/.test(expected)) {
      return patternOf(expected).test(actual) ? undefined : `${at}: ${truncate(JSON.stringify(actual))} does not match ${truncate(JSON.stringify(expected))}`;
    }
    return actual === expected ? undefined : `${at}: ${truncate(JSON.stringify(actual))}, expected ${truncate(JSON.stringify(expected))}`;
  }
  if (typeof expected === 'number') {
    return typeof actual === 'number' && actual === expected ? undefined : `${at}: ${truncate(JSON.stringify(actual))}, expected ${expected}`;
  }
  if (expected === null || typeof expected === 'boolean') {
    return actual === expected ? undefined : `${at}: ${truncate(JSON.stringify(actual))}, expected ${JSON.stringify(expected)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: ${truncate(JSON.stringify(actual))}, expected an array`;
    if (actual.length !== expected.length) return `${at}: ${actual.length} items, expected ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const why = diff(expected[i], actual[i], wildcards, `${at}[${i}]`);
      if (why) return why;
    }
    return undefined;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return `${at}: ${truncate(JSON.stringify(actual))}, expected an object`;
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const k of keys) {
    if (!(k in expected)) return `${at}.${k}: unexpected ${truncate(JSON.stringify(actual[k]))}`;
    if (!(k in actual)) return `${at}.${k}: missing`;
    const why = diff(expected[k], actual[k], wildcards, `${at}.${k}`);
    if (why) return why;
  }
  return undefined;
}

const patterns = new Map<string, RegExp>();

function patternOf(expected: string): RegExp {
  let re = patterns.get(expected);
  if (!re) {
    const parts = expected.split(/<[^<>]*>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`^${parts.join('[\\s\\S]*')}$`);
    patterns.set(expected, re);
  }
  return re;
}

function truncate(s: string | undefined): string {
  if (s === undefined) return 'undefined';
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}
