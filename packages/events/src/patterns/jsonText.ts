/**
 * A JSON tree that keeps what JSON.parse throws away and EventBridge needs: the exact spelling of
 * numbers (`3.018e2` and `301.8` are different exact values), key order, and repeated keys.
 */
export type JsonNode =
  | { kind: 'object'; entries: [string, JsonNode][] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; raw: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Parses one JSON value from the start of `text`. Like the upstream engine's streaming parser,
 * trailing text after the first complete value is ignored.
 */
export function parseJson(text: string): JsonNode {
  let pos = 0;

  const fail = (message: string): never => {
    throw new JsonSyntaxError(message, pos);
  };
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };

  const parseString = (): string => {
    // caller has checked the opening quote
    pos++;
    let out = '';
    let start = pos;
    for (;;) {
      if (pos >= text.length) fail('Unexpected end of input: unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        out += text.slice(start, pos);
        pos++;
        return out;
      }
      if (c < 0x20) fail('Illegal unquoted control character in string');
      if (c === 92) {
        out += text.slice(start, pos);
        const e = text[pos + 1];
        pos += 2;
        switch (e) {
          case '"': out += '"'; break;
          case '\\': out += '\\'; break;
          case '/': out += '/'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'n': out += '\n'; break;
          case 'r': out += '\r'; break;
          case 't': out += '\t'; break;
          case 'u': {
            const hex = text.slice(pos, pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Invalid \\u escape');
            out += String.fromCharCode(parseInt(hex, 16));
            pos += 4;
            break;
          }
          default:
            pos -= 2;
            fail(`Unrecognized character escape '\\${e ?? ''}'`);
        }
        start = pos;
        continue;
      }
      pos++;
    }
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > 512) fail('Nesting too deep');
    skipSpace();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const entries: [string, JsonNode][] = [];
      skipSpace();
      if (text[pos] === '}') {
        pos++;
        return { kind: 'object', entries };
      }
      for (;;) {
        skipSpace();
        if (text[pos] !== '"') fail('Expected a double-quoted field name');
        const key = parseString();
        skipSpace();
        if (text[pos] !== ':') fail("Expected ':' after field name");
        pos++;
        entries.push([key, parseValue(depth + 1)]);
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return { kind: 'object', entries };
        }
        fail("Expected ',' or '}' in object");
      }
    }
    if (c === '[') {
      pos++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text[pos] === ']') {
        pos++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skipSpace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return { kind: 'array', items };
        }
        fail("Expected ',' or ']' in array");
      }
    }
    if (c === '"') return { kind: 'string', value: parseString() };
    if (text.startsWith('true', pos)) {
      pos += 4;
      return { kind: 'boolean', value: true };
    }
    if (text.startsWith('false', pos)) {
      pos += 5;
      return { kind: 'boolean', value: false };
    }
    if (text.startsWith('null', pos)) {
      pos += 4;
      return { kind: 'null' };
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      // "01" or "1x": the grammar stops early; a letter or digit right after is malformed
      if (/[0-9A-Za-z.]/.test(text[pos] ?? '')) fail('Malformed number');
      return { kind: 'number', raw: m[0] };
    }
    return fail(pos >= text.length ? 'Unexpected end of input' : `Unexpected character '${c}'`);
  };

  return parseValue(0);
}

/** Converts an already-parsed JavaScript value to a JsonNode; numbers get their shortest spelling. */
export function toJsonNode(value: unknown, depth = 0): JsonNode {
  if (depth > 512) throw new TypeError('Value is nested too deeply');
  if (value === null) return { kind: 'null' };
  switch (typeof value) {
    case 'string':
      return { kind: 'string', value };
    case 'boolean':
      return { kind: 'boolean', value };
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not a JSON number`);
      return { kind: 'number', raw: String(value) };
    case 'object':
      if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => toJsonNode(v, depth + 1)) };
      return {
        kind: 'object',
        entries: Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, toJsonNode(v, depth + 1)] as [string, JsonNode]),
      };
    default:
      throw new TypeError(`A ${typeof value} is not a JSON value`);
  }
}

/** Text is parsed as JSON; anything else is taken as an already-parsed value. */
export function jsonNodeOf(input: unknown): JsonNode {
  return typeof input === 'string' ? parseJson(input) : toJsonNode(input);
}
