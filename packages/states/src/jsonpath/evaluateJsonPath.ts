/**
 * Evaluates a JSONPath the way Step Functions does (Jayway JsonPath semantics).
 *
 *   evaluateJsonPath(path: string, data: unknown): unknown
 *     Definite paths (`$`, `$.a.b`, `$['a'][0]`, `$.a.length()`) return the value or throw
 *     JsonPathNotFoundError whose `detail` is Jayway's text ("No results for path: $['x']",
 *     "Missing property in path $['a']", ...). Indefinite paths (wildcards, slices, filters, deep
 *     scans, several names or indexes) return the list of matches, `[]` when nothing matches.
 *   isDefiniteJsonPath(path: string): boolean
 *   jsonPathExists(path: string, data: unknown): boolean   (Choice `IsPresent`)
 *
 * Paths are compiled once and cached; values are returned by reference (callers must not mutate).
 */
import { compileJsonPath, renderSegments, type CompiledJsonPath, type FilterExpr, type FilterOperand, type Segment } from './compileJsonPath';
import { JsonPathNotFoundError } from './jsonPathErrors';

type Json = unknown;

export function isDefiniteJsonPath(path: string): boolean {
  return compileJsonPath(path).definite;
}

export function evaluateJsonPath(path: string, data: unknown): unknown {
  return evaluateCompiled(compileJsonPath(path), data, data);
}

export function jsonPathExists(path: string, data: unknown): boolean {
  const compiled = compileJsonPath(path);
  try {
    const v = evaluateCompiled(compiled, data, data);
    return compiled.definite ? true : (v as unknown[]).length > 0;
  } catch (e) {
    if (e instanceof JsonPathNotFoundError) return false;
    throw e;
  }
}

export function evaluateCompiled(compiled: CompiledJsonPath, data: Json, root: Json): unknown {
  let value: unknown;
  if (compiled.segments.every(isSimple)) {
    value = walkDefinite(compiled, data);
  } else {
    const out: unknown[] = [];
    walk(compiled.segments, 0, data, root, out);
    value = out;
  }
  return compiled.fn ? applyFunction(compiled, value) : value;
}

function isSimple(s: Segment): boolean {
  return (s.kind === 'prop' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function javaType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'java.lang.String';
  if (typeof v === 'boolean') return 'java.lang.Boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'java.lang.Integer' : 'java.lang.Double';
  if (Array.isArray(v)) return 'java.util.ArrayList';
  return 'java.util.LinkedHashMap';
}

function walkDefinite(compiled: CompiledJsonPath, data: Json): unknown {
  const segs = compiled.segments;
  let cur = data;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    const leaf = i === segs.length - 1;
    if (s.kind === 'prop') {
      const name = s.names[0];
      if (!isObject(cur)) {
        throw new JsonPathNotFoundError(
          compiled.source,
          `Expected to find an object with property ['${name}'] in path ${renderSegments(segs, i)} but found '${javaType(cur)}'. This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.`,
        );
      }
      if (!Object.prototype.hasOwnProperty.call(cur, name)) {
        if (leaf) throw new JsonPathNotFoundError(compiled.source, `No results for path: ${renderSegments(segs)}`);
        throw new JsonPathNotFoundError(compiled.source, `Missing property in path ${renderSegments(segs, i + 1)}`);
      }
      cur = cur[name];
    } else {
      const index = (s as { indexes: number[] }).indexes[0];
      if (cur === null || cur === undefined) {
        throw new JsonPathNotFoundError(compiled.source, `The path ${renderSegments(segs, i)} is null`);
      }
      if (!Array.isArray(cur)) {
        throw new JsonPathNotFoundError(
          compiled.source,
          `Filter: [${index}] can only be applied to arrays. Current context is: ${JSON.stringify(cur)}`,
        );
      }
      const effective = index < 0 ? cur.length + index : index;
      if (effective < 0 || effective >= cur.length) {
        throw new JsonPathNotFoundError(compiled.source, `No results for path: ${renderSegments(segs)}`);
      }
      cur = cur[effective];
    }
  }
  return cur;
}

/** Collects every match of segs[i..] applied to `node` into `out` (document order, like Jayway). */
function walk(segs: Segment[], i: number, node: Json, root: Json, out: unknown[]): void {
  if (i === segs.length) {
    out.push(node);
    return;
  }
  const s = segs[i];
  switch (s.kind) {
    case 'prop': {
      if (!isObject(node)) return;
      if (s.names.length > 1 && i === segs.length - 1) {
        // Jayway merges several names at the leaf into one object holding those present.
        const merged: Record<string, unknown> = {};
        for (const n of s.names) if (Object.prototype.hasOwnProperty.call(node, n)) merged[n] = node[n];
        out.push(merged);
        return;
      }
      for (const n of s.names) {
        if (Object.prototype.hasOwnProperty.call(node, n)) walk(segs, i + 1, node[n], root, out);
      }
      return;
    }
    case 'wildcard': {
      if (Array.isArray(node)) for (const v of node) walk(segs, i + 1, v, root, out);
      else if (isObject(node)) for (const k in node) walk(segs, i + 1, node[k], root, out);
      return;
    }
    case 'index': {
      if (!Array.isArray(node)) return;
      for (const idx of s.indexes) {
        const eff = idx < 0 ? node.length + idx : idx;
        if (eff >= 0 && eff < node.length) walk(segs, i + 1, node[eff], root, out);
      }
      return;
    }
    case 'slice': {
      if (!Array.isArray(node)) return;
      for (const idx of sliceIndexes(node.length, s.start, s.end, s.step)) walk(segs, i + 1, node[idx], root, out);
      return;
    }
    case 'filter': {
      if (Array.isArray(node)) {
        for (const el of node) if (isObject(el) && test(s.expr, el, root)) walk(segs, i + 1, el, root, out);
      } else if (isObject(node) && test(s.expr, node, root)) {
        walk(segs, i + 1, node, root, out);
      }
      return;
    }
    case 'scan': {
      scan(segs, i + 1, node, root, out);
      return;
    }
  }
}

function scan(segs: Segment[], next: number, node: Json, root: Json, out: unknown[]): void {
  if (Array.isArray(node)) {
    walk(segs, next, node, root, out);
    for (const v of node) if (typeof v === 'object' && v !== null) scan(segs, next, v, root, out);
  } else if (isObject(node)) {
    walk(segs, next, node, root, out);
    for (const k in node) {
      const v = node[k];
      if (typeof v === 'object' && v !== null) scan(segs, next, v, root, out);
    }
  }
}

function sliceIndexes(len: number, start?: number, end?: number, step?: number): number[] {
  const st = step ?? 1;
  const norm = (v: number) => (v < 0 ? Math.max(0, len + v) : Math.min(v, len));
  const out: number[] = [];
  if (st > 0) {
    for (let k = start === undefined ? 0 : norm(start), e = end === undefined ? len : norm(end); k < e; k += st) out.push(k);
  } else {
    const s0 = start === undefined ? len - 1 : Math.min(norm(start), len - 1);
    const e0 = end === undefined ? -1 : norm(end);
    for (let k = s0; k > e0; k += st) out.push(k);
  }
  return out;
}

const UNDEFINED = Symbol('undefined');

function operandValue(op: FilterOperand, current: Json, root: Json): unknown {
  switch (op.kind) {
    case 'literal':
      return op.value;
    case 'regex':
      return op.regex;
    case 'current':
    case 'root': {
      try {
        return evaluateCompiled(op.path, op.kind === 'current' ? current : root, root);
      } catch (e) {
        if (e instanceof JsonPathNotFoundError) return UNDEFINED;
        throw e;
      }
    }
  }
}

function test(expr: FilterExpr, current: Json, root: Json): boolean {
  switch (expr.kind) {
    case 'or':
      return test(expr.left, current, root) || test(expr.right, current, root);
    case 'and':
      return test(expr.left, current, root) && test(expr.right, current, root);
    case 'not':
      return !test(expr.expr, current, root);
    case 'exists': {
      const v = operandValue(expr.operand, current, root);
      if (v === UNDEFINED) return false;
      const p = (expr.operand as { path?: CompiledJsonPath }).path;
      return p && !p.definite ? (v as unknown[]).length > 0 : true;
    }
    case 'compare':
      return compare(expr.op, operandValue(expr.left, current, root), operandValue(expr.right, current, root));
  }
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function looseEquals(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = asNumber(a);
    const y = asNumber(b);
    return x !== undefined && y !== undefined && x === y;
  }
  return deepEqual(a, b);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

function compare(op: string, l: unknown, r: unknown): boolean {
  switch (op) {
    case '==':
      return l !== UNDEFINED && r !== UNDEFINED && looseEquals(l, r);
    case '!=':
      return !(l !== UNDEFINED && r !== UNDEFINED && looseEquals(l, r));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      let c: number;
      if (typeof l === 'number' && typeof r === 'number') c = l - r;
      else if (typeof l === 'string' && typeof r === 'string') c = l < r ? -1 : l > r ? 1 : 0;
      else return false;
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    case '=~':
      return typeof l === 'string' && r instanceof RegExp && new RegExp(`^(?:${r.source})$`, r.flags).test(l);
    case 'in':
      return Array.isArray(r) && r.some((x) => looseEquals(l, x));
    case 'nin':
      return Array.isArray(r) && !r.some((x) => looseEquals(l, x));
    case 'contains':
      if (typeof l === 'string' && typeof r === 'string') return l.includes(r);
      return Array.isArray(l) && l.some((x) => looseEquals(x, r));
    case 'subsetof':
      return Array.isArray(l) && Array.isArray(r) && l.every((x) => r.some((y) => looseEquals(x, y)));
    case 'anyof':
      return Array.isArray(l) && Array.isArray(r) && l.some((x) => r.some((y) => looseEquals(x, y)));
    case 'noneof':
      return Array.isArray(l) && Array.isArray(r) && !l.some((x) => r.some((y) => looseEquals(x, y)));
    case 'size': {
      const n = asNumber(r);
      if (typeof l === 'string' || Array.isArray(l)) return l.length === n;
      return false;
    }
    case 'empty': {
      const want = r === true;
      if (typeof l === 'string' || Array.isArray(l)) return (l.length === 0) === want;
      return false;
    }
  }
  return false;
}

function applyFunction(compiled: CompiledJsonPath, value: unknown): unknown {
  const fn = compiled.fn!;
  const fail = (): never => {
    throw new JsonPathNotFoundError(compiled.source, `Function of name: ${fn} cannot be applied to ${JSON.stringify(value)}`);
  };
  switch (fn) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      if (isObject(value)) return Object.keys(value).length;
      return fail();
    case 'keys':
      if (isObject(value)) return Object.keys(value);
      return fail();
    case 'first':
    case 'last':
      if (!Array.isArray(value) || value.length === 0) return fail();
      return fn === 'first' ? value[0] : value[value.length - 1];
    default: {
      if (!Array.isArray(value)) return fail();
      const nums = value.filter((v): v is number => typeof v === 'number');
      if (nums.length === 0) throw new JsonPathNotFoundError(compiled.source, `Aggregation function attempted to calculate value using empty array`);
      if (fn === 'min') return Math.min(...nums);
      if (fn === 'max') return Math.max(...nums);
      const sum = nums.reduce((a, b) => a + b, 0);
      if (fn === 'sum') return sum;
      const avg = sum / nums.length;
      if (fn === 'avg') return avg;
      return Math.sqrt(nums.reduce((a, b) => a + (b - avg) ** 2, 0) / nums.length);
    }
  }
}
