/**
 * Tokenizer and parser for intrinsic function calls (`States.Format('x {}', $.a)`).
 *
 *   isIntrinsic(s: unknown): boolean              looks like `States.Name(...)`
 *   parseIntrinsic(expression: string): IntrinsicCall   (cached; throws IntrinsicSyntaxError)
 *   type IntrinsicArg = { kind: 'literal'; value; raw? } | { kind: 'path'; path } | IntrinsicCall
 *   interface IntrinsicCall { kind: 'call'; name: string; args: IntrinsicArg[] }
 *
 * Arguments: single-quoted strings with the escapes `\'` `\{` `\}` `\\` (any other backslash is an
 * error, as AWS documents), numbers, true/false/null, paths (`$...`, `$$...`, `$var...`, which may
 * contain brackets, filters and quoted names) and nested calls. A string literal records where its
 * unescaped `{}` placeholders are and whether it holds an unescaped lone brace (see States.Format).
 */
export type IntrinsicArg =
  | { kind: 'literal'; value: unknown; placeholders?: number[]; strayBrace?: boolean }
  | { kind: 'path'; path: string }
  | IntrinsicCall;

export interface IntrinsicCall {
  kind: 'call';
  name: string;
  args: IntrinsicArg[];
}

export class IntrinsicSyntaxError extends Error {
  override name = 'IntrinsicSyntaxError';
  constructor(public readonly expression: string, message: string) {
    super(message);
  }
}

const CALL_START = /^\s*States\.[A-Za-z0-9]+\s*\(/;

export function isIntrinsic(s: unknown): s is string {
  return typeof s === 'string' && CALL_START.test(s);
}

const cache = new Map<string, IntrinsicCall>();

export function parseIntrinsic(expression: string): IntrinsicCall {
  const hit = cache.get(expression);
  if (hit) return hit;
  const p = new Parser(expression);
  p.skip();
  const call = p.call();
  p.skip();
  if (p.pos !== expression.length) p.fail(`unexpected '${expression.slice(p.pos)}' after the function call`);
  if (cache.size > 10_000) cache.clear();
  cache.set(expression, call);
  return call;
}

class Parser {
  pos = 0;
  constructor(readonly src: string) {}

  fail(message: string): never {
    throw new IntrinsicSyntaxError(this.src, `Invalid intrinsic function call '${this.src}': ${message}`);
  }

  skip(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos])) this.pos++;
  }

  call(): IntrinsicCall {
    const m = /^States\.([A-Za-z0-9]+)\s*\(/.exec(this.src.slice(this.pos));
    if (!m) this.fail(`expected a function call at position ${this.pos}`);
    this.pos += m[0].length;
    const name = `States.${m[1]}`;
    const args: IntrinsicArg[] = [];
    this.skip();
    if (this.src[this.pos] === ')') {
      this.pos++;
      return { kind: 'call', name, args };
    }
    for (;;) {
      this.skip();
      args.push(this.arg());
      this.skip();
      const c = this.src[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ')') {
        this.pos++;
        return { kind: 'call', name, args };
      }
      this.fail(c === undefined ? "missing ')'" : `unexpected '${c}' at position ${this.pos}`);
    }
  }

  arg(): IntrinsicArg {
    const rest = this.src.slice(this.pos);
    const c = rest[0];
    if (c === "'") return this.string();
    if (c === '$') return { kind: 'path', path: this.path() };
    if (rest.startsWith('States.')) return this.call();
    const lit = /^(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?=\s*[,)])/.exec(rest);
    if (lit) {
      this.pos += lit[1].length;
      return { kind: 'literal', value: JSON.parse(lit[1]) };
    }
    this.fail(c === undefined ? 'missing argument' : `invalid argument at position ${this.pos}`);
  }

  string(): IntrinsicArg {
    this.pos++; // opening quote
    let value = '';
    const placeholders: number[] = [];
    let strayBrace = false;
    for (;;) {
      const ch = this.src[this.pos];
      if (ch === undefined) this.fail('unterminated string literal');
      this.pos++;
      if (ch === "'") break;
      if (ch === '\\') {
        const next = this.src[this.pos];
        if (next === "'" || next === '{' || next === '}' || next === '\\') {
          value += next;
          this.pos++;
          continue;
        }
        this.fail(`open escape backslash at position ${this.pos - 1}`);
      }
      if (ch === '{' && this.src[this.pos] === '}') {
        placeholders.push(value.length);
        value += '{}';
        this.pos++;
        continue;
      }
      if (ch === '{' || ch === '}') strayBrace = true;
      value += ch;
    }
    return strayBrace ? { kind: 'literal', value, placeholders, strayBrace } : { kind: 'literal', value, placeholders };
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes. */
  path(): string {
    const start = this.pos;
    let depth = 0;
    let quote = '';
    for (; this.pos < this.src.length; this.pos++) {
      const ch = this.src[this.pos];
      if (quote) {
        if (ch === '\\') this.pos++;
        else if (ch === quote) quote = '';
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || (ch === ')' && depth > 0)) depth--;
      else if (depth === 0 && (ch === ',' || ch === ')')) break;
    }
    return this.src.slice(start, this.pos).trim();
  }
}
