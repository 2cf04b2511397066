/**
 * Parser for the JSONPath dialect Step Functions uses (Jayway JsonPath, the Java library AWS runs).
 *
 *   compileJsonPath(path: string): CompiledJsonPath     (cached; throws JsonPathSyntaxError)
 *   interface CompiledJsonPath { source; segments: Segment[]; definite: boolean; fn?: PathFunction }
 *
 * Supported: `$`, `.name`, `['name']`/`["name"]`, `['a','b']`, `[0]`, `[-1]`, `[0,2]`, `[1:3]`,
 * `[:2]`, `[-2:]`, `[::2]`, `*`/`[*]`, deep scan `..`, filters `[?(<expr>)]` with `@`/`$` paths,
 * == != < <= > >= =~ in nin subsetof anyof noneof size empty, && || ! and parentheses, and a
 * trailing function such as `.length()`. A path is definite (one value) when it only uses
 * single names and single indexes, as Jayway defines it.
 */
import { JsonPathSyntaxError } from './jsonPathErrors';

export type FilterOperand =
  | { kind: 'literal'; value: unknown }
  | { kind: 'current'; path: CompiledJsonPath }
  | { kind: 'root'; path: CompiledJsonPath }
  | { kind: 'regex'; regex: RegExp };

export type FilterExpr =
  | { kind: 'or' | 'and'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'exists'; operand: FilterOperand }
  | { kind: 'compare'; op: string; left: FilterOperand; right: FilterOperand };

export type Segment =
  | { kind: 'prop'; names: string[] }
  | { kind: 'wildcard' }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number; step?: number }
  | { kind: 'filter'; expr: FilterExpr }
  | { kind: 'scan' };

export type PathFunction = 'length' | 'size' | 'min' | 'max' | 'avg' | 'sum' | 'stddev' | 'keys' | 'first' | 'last';
const FUNCTIONS = new Set<string>(['length', 'size', 'min', 'max', 'avg', 'sum', 'stddev', 'keys', 'first', 'last']);

export interface CompiledJsonPath {
  source: string;
  segments: Segment[];
  definite: boolean;
  fn?: PathFunction;
}

const cache = new Map<string, CompiledJsonPath>();
const CACHE_LIMIT = 10_000;

export function compileJsonPath(path: string): CompiledJsonPath {
  const hit = cache.get(path);
  if (hit) return hit;
  const parser = new Parser(path);
  const compiled = parser.parseRooted('$');
  if (parser.pos !== path.length) parser.fail(`Unexpected character '${path[parser.pos]}' at position ${parser.pos}`);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(path, compiled);
  return compiled;
}

/** Jayway's rendering of a path prefix, as it appears in its error messages: `$['a'][0]`. */
export function renderSegments(segments: Segment[], upTo = segments.length): string {
  let out = '$';
  for (let i = 0; i < upTo; i++) out += renderSegment(segments[i]);
  return out;
}

function renderSegment(s: Segment): string {
  switch (s.kind) {
    case 'prop':
      return `[${s.names.map((n) => `'${n}'`).join(',')}]`;
    case 'wildcard':
      return '[*]';
    case 'index':
      return `[${s.indexes.join(',')}]`;
    case 'slice':
      return `[${s.start ?? ''}:${s.end ?? ''}${s.step !== undefined ? `:${s.step}` : ''}]`;
    case 'filter':
      return '[?]';
    case 'scan':
      return '..';
  }
}

const NAME_STOP = new Set(['.', '[', '(', ')', ' ', ',', '=', '!', '<', '>', '&', '|', ']']);

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string): never {
    throw new JsonPathSyntaxError(this.src, `Invalid JSONPath '${this.src}': ${message}`);
  }

  peek(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  skipSpaces(): void {
    while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\n') this.pos++;
  }

  /** Parses `$` (or `@`) followed by segments; stops at the first character that cannot continue a path. */
  parseRooted(root: '$' | '@'): CompiledJsonPath {
    const start = this.pos;
    if (this.peek() !== root) this.fail(`Path must start with '${root}'`);
    this.pos++;
    const segments: Segment[] = [];
    let fn: PathFunction | undefined;
    for (;;) {
      const c = this.peek();
      if (c === '.') {
        if (fn) this.fail('A function must be the last element of a path');
        if (this.peek(1) === '.') {
          this.pos += 2;
          segments.push({ kind: 'scan' });
          if (this.peek() === '[') {
            segments.push(this.parseBracket());
          } else {
            const named = this.parseDotted();
            if (named.fn) fn = named.fn;
            else segments.push(named.segment!);
          }
        } else if (this.peek(1) === '[') {
          // Jayway accepts a dot before a bracket: `$.[0]`, `$.[?(@.a)]`.
          this.pos++;
          segments.push(this.parseBracket());
        } else {
          this.pos++;
          const named = this.parseDotted();
          if (named.fn) fn = named.fn;
          else segments.push(named.segment!);
        }
      } else if (c === '[') {
        if (fn) this.fail('A function must be the last element of a path');
        segments.push(this.parseBracket());
      } else {
        break;
      }
    }
    const definite = segments.every(
      (s) => (s.kind === 'prop' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1),
    );
    return { source: this.src.slice(start, this.pos), segments, definite: definite || fn !== undefined, fn };
  }

  private parseDotted(): { segment?: Segment; fn?: PathFunction } {
    if (this.peek() === '*') {
      this.pos++;
      return { segment: { kind: 'wildcard' } };
    }
    const start = this.pos;
    while (this.pos < this.src.length && !NAME_STOP.has(this.peek())) this.pos++;
    const name = this.src.slice(start, this.pos);
    if (!name) this.fail(`Expected a property name at position ${start}`);
    if (this.peek() === '(') {
      // Only argument-less functions are part of the dialect Step Functions accepts.
      if (this.peek(1) !== ')' || !FUNCTIONS.has(name)) this.fail(`Unsupported function '${name}'`);
      this.pos += 2;
      return { fn: name as PathFunction };
    }
    return { segment: { kind: 'prop', names: [name] } };
  }

  private parseBracket(): Segment {
    this.pos++; // [
    this.skipSpaces();
    const c = this.peek();
    let seg: Segment;
    if (c === '*') {
      this.pos++;
      seg = { kind: 'wildcard' };
    } else if (c === "'" || c === '"') {
      const names: string[] = [];
      for (;;) {
        this.skipSpaces();
        names.push(this.parseQuoted());
        this.skipSpaces();
        if (this.peek() === ',') {
          this.pos++;
          continue;
        }
        break;
      }
      seg = { kind: 'prop', names };
    } else if (c === '?') {
      this.pos++;
      this.skipSpaces();
      if (this.peek() !== '(') this.fail("Expected '(' after '?'");
      this.pos++;
      const expr = this.parseOr();
      this.skipSpaces();
      if (this.peek() !== ')') this.fail("Expected ')' to close the filter");
      this.pos++;
      seg = { kind: 'filter', expr };
    } else {
      seg = this.parseIndexOrSlice();
    }
    this.skipSpaces();
    if (this.peek() !== ']') this.fail(`Expected ']' at position ${this.pos}`);
    this.pos++;
    return seg;
  }

  private parseIndexOrSlice(): Segment {
    const start = this.pos;
    while (this.pos < this.src.length && this.peek() !== ']') this.pos++;
    const body = this.src.slice(start, this.pos).replace(/\s+/g, '');
    if (body.includes(':')) {
      const parts = body.split(':');
      if (parts.length > 3) this.fail(`Invalid slice '${body}'`);
      const num = (s: string | undefined): number | undefined => {
        if (s === undefined || s === '') return undefined;
        if (!/^-?\d+$/.test(s)) this.fail(`Invalid slice '${body}'`);
        return Number(s);
      };
      const step = num(parts[2]);
      if (step === 0) this.fail('Slice step cannot be zero');
      return { kind: 'slice', start: num(parts[0]), end: num(parts[1]), step };
    }
    const items = body.split(',');
    if (items.some((i) => !/^-?\d+$/.test(i))) this.fail(`Invalid array index '${body}'`);
    return { kind: 'index', indexes: items.map(Number) };
  }

  private parseQuoted(): string {
    const quote = this.peek();
    if (quote !== "'" && quote !== '"') this.fail(`Expected a quoted name at position ${this.pos}`);
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= this.src.length) this.fail('Unterminated quoted name');
      const ch = this.src[this.pos++];
      if (ch === '\\') {
        out += this.parseEscape();
      } else if (ch === quote) {
        return out;
      } else {
        out += ch;
      }
    }
  }

  /**
   * After a backslash in a quoted name, as Jayway's `Utils.unescape` reads it: `\'`, `\"`, `\\`,
   * `\n`, `\t`, `\r`, `\f`, `\b`, `\uXXXX`; any other character stands for itself.
   */
  private parseEscape(): string {
    const next = this.src[this.pos++];
    if (next === undefined) this.fail('Unterminated escape');
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', b: '\b' };
    if (next in simple) return simple[next];
    if (next === 'u') {
      const hex = this.src.slice(this.pos, this.pos + 4);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail(`Invalid unicode escape '\\u${hex}'`);
      this.pos += 4;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return next;
  }

  // ---- filter expressions ----

  private parseOr(): FilterExpr {
    let left = this.parseAnd();
    for (;;) {
      this.skipSpaces();
      if (this.src.startsWith('||', this.pos)) {
        this.pos += 2;
        left = { kind: 'or', left, right: this.parseAnd() };
      } else return left;
    }
  }

  private parseAnd(): FilterExpr {
    let left = this.parseUnary();
    for (;;) {
      this.skipSpaces();
      if (this.src.startsWith('&&', this.pos)) {
        this.pos += 2;
        left = { kind: 'and', left, right: this.parseUnary() };
      } else return left;
    }
  }

  private parseUnary(): FilterExpr {
    this.skipSpaces();
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      return { kind: 'not', expr: this.parseUnary() };
    }
    if (this.peek() === '(') {
      this.pos++;
      const e = this.parseOr();
      this.skipSpaces();
      if (this.peek() !== ')') this.fail("Expected ')'");
      this.pos++;
      return e;
    }
    const left = this.parseOperand();
    this.skipSpaces();
    const op = this.parseOperator();
    if (!op) {
      if (left.kind === 'literal') return { kind: 'compare', op: '==', left, right: { kind: 'literal', value: true } };
      return { kind: 'exists', operand: left };
    }
    this.skipSpaces();
    const right = this.parseOperand();
    return { kind: 'compare', op, left, right };
  }

  private parseOperator(): string | undefined {
    for (const op of ['==', '!=', '<=', '>=', '=~', '<', '>']) {
      if (this.src.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    const m = /^(nin|in|subsetof|anyof|noneof|size|empty|contains)\b/.exec(this.src.slice(this.pos));
    if (m) {
      this.pos += m[1].length;
      return m[1];
    }
    return undefined;
  }

  private parseOperand(): FilterOperand {
    this.skipSpaces();
    const c = this.peek();
    if (c === '@') return { kind: 'current', path: this.parseRooted('@') };
    if (c === '$') return { kind: 'root', path: this.parseRooted('$') };
    if (c === "'" || c === '"') return { kind: 'literal', value: this.parseQuoted() };
    if (c === '/') return { kind: 'regex', regex: this.parseRegex() };
    if (c === '[' || c === '{') return { kind: 'literal', value: this.parseJsonLiteral() };
    const m = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.src.slice(this.pos));
    if (!m) this.fail(`Unexpected '${c}' in filter at position ${this.pos}`);
    this.pos += m[1].length;
    return { kind: 'literal', value: JSON.parse(m[1]) };
  }

  private parseRegex(): RegExp {
    this.pos++;
    let body = '';
    while (this.peek() !== '/') {
      if (this.pos >= this.src.length) this.fail('Unterminated regular expression');
      if (this.peek() === '\\') body += this.src[this.pos++];
      body += this.src[this.pos++];
    }
    this.pos++;
    const flagsStart = this.pos;
    while (/[a-z]/.test(this.peek())) this.pos++;
    const flags = this.src.slice(flagsStart, this.pos).replace(/[^imsu]/g, '');
    try {
      return new RegExp(body, flags);
    } catch {
      this.fail(`Invalid regular expression /${body}/`);
    }
  }

  private parseJsonLiteral(): unknown {
    // Scan to the matching bracket, honouring strings, then let JSON (with single quotes allowed) parse it.
    const open = this.peek();
    const close = open === '[' ? ']' : '}';
    let depth = 0;
    const start = this.pos;
    let quote = '';
    for (; this.pos < this.src.length; this.pos++) {
      const ch = this.src[this.pos];
      if (quote) {
        if (ch === '\\') this.pos++;
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === open) depth++;
      else if (ch === close && --depth === 0) {
        this.pos++;
        break;
      }
    }
    const text = this.src.slice(start, this.pos).replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s: string) => JSON.stringify(s.replace(/\\'/g, "'")));
    try {
      return JSON.parse(text);
    } catch {
      this.fail(`Invalid literal ${text}`);
    }
  }
}
