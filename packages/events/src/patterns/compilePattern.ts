import { comparableNumber } from './comparableNumber';
import { ipLiteralRange, parseCidr } from './ipAddress';
import { jsonNodeOf, JsonSyntaxError, type JsonNode } from './jsonText';
import { PatternError } from './patternError';
import { CompiledPattern, type CompiledField } from './compiledPattern';
import * as t from './valueTests';
import { parseWildcard } from './wildcard';

/** EventBridge refuses patterns whose `$or`s multiply out to more than this many combinations. */
export const MAX_OR_COMBINATIONS = 1000;

const OR = '$or';

/** Operator names (and names the engine reserves) that cannot be field names inside `$or`. */
const RESERVED_IN_OR = new Set([
  'exactly', 'equals-ignore-case', 'prefix', 'suffix', 'anything-but', 'exists', 'wildcard', 'numeric', 'cidr',
  '=', '<', '<=', '>', '>=', 'regex', 'not-wildcard', 'not-equals-ignore-case', 'date-after', 'date-on-or-after',
  'date-before', 'date-on-or-before', 'in-date-range', 'ip-address-in-range', 'ip-address-not-in-range',
]);

/** What one pattern field says about the values at its path. */
interface FieldSpec {
  tests: t.ValueTest[];
  /** `{"exists": false}` is among the alternatives */
  absent: boolean;
}

/** One alternative of the pattern (one combination of its `$or`s): path -> spec. */
type Rule = Map<string, FieldSpec>;

/**
 * Validates and compiles an event pattern (JSON text or a parsed object). Throws PatternError with
 * the engine's message when EventBridge would refuse it. The structure follows the engine: nested
 * objects become dotted paths, a repeated key overrides the earlier one, and each `$or` multiplies
 * the alternatives built so far.
 */
export function compilePattern(pattern: unknown): CompiledPattern {
  let root: JsonNode;
  try {
    root = jsonNodeOf(pattern);
  } catch (e) {
    if (e instanceof JsonSyntaxError || e instanceof TypeError) throw new PatternError(`Invalid JSON: ${e.message}`);
    throw e;
  }
  if (root.kind !== 'object') throw new PatternError('Filter is not an object');
  const rules: Rule[] = [];
  parseObject(rules, [], root.entries, false);
  const branches = rules.map(toBranch);
  return new CompiledPattern(branches, typeof pattern === 'string' ? pattern : JSON.stringify(pattern));
}

function toBranch(rule: Rule): CompiledField[] {
  // The engine walks a rule's fields in sorted path order; exists:false is judged against the
  // array elements chosen for the fields before it, so the order is part of the semantics.
  return [...rule.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, spec]) => ({
      path,
      test: spec.tests.length > 0 ? t.anyOf(spec.tests) : undefined,
      absent: spec.absent,
    }));
}

function parseObject(rules: Rule[], path: string[], entries: [string, JsonNode][], insideOr: boolean): void {
  if (entries.length === 0) throw new PatternError('Empty objects are not allowed');
  for (const [key, value] of entries) {
    if (key === OR) {
      parseOr(rules, path, value);
      continue;
    }
    if (insideOr && RESERVED_IN_OR.has(key)) {
      throw new PatternError(`${key} is Ruler reserved fieldName which cannot be used inside ${OR}.`);
    }
    if (value.kind === 'object') parseObject(rules, [...path, key], value.entries, insideOr);
    else if (value.kind === 'array') writeField(rules, [...path, key].join('.'), value.items);
    else throw new PatternError(`"${key}" must be an object or an array`);
  }
}

function parseOr(rules: Rule[], path: string[], value: JsonNode): void {
  if (value.kind !== 'array') throw new PatternError(`It must be an Array followed with ${OR}.`);
  const before = rules.map((r) => new Map(r));
  rules.length = 0;
  for (const item of value.items) {
    if (item.kind !== 'object') {
      throw new PatternError(`Only JSON object is allowed in array of ${OR} relationship.`);
    }
    const forked = before.length > 0 ? before.map((r) => new Map(r)) : [new Map()];
    parseObject(forked, path, item.entries, true);
    rules.push(...forked);
    if (rules.length > MAX_OR_COMBINATIONS) {
      throw new PatternError(`The use of ${OR} results in more than ${MAX_OR_COMBINATIONS} rule combinations`);
    }
  }
  if (value.items.length < 2) throw new PatternError(`There must have at least 2 Objects in ${OR} relationship.`);
}

function writeField(rules: Rule[], name: string, items: JsonNode[]): void {
  const spec: FieldSpec = { tests: [], absent: false };
  for (const item of items) {
    switch (item.kind) {
      case 'object': {
        const expr = matchExpression(item.entries);
        if (expr === 'absent') spec.absent = true;
        else spec.tests.push(expr);
        break;
      }
      case 'string': {
        // the engine turns a literal that parses as an IP address into a one-address range
        const range = ipLiteralRange(item.value);
        spec.tests.push(range ? t.ipRange(range) : t.exactString(item.value));
        break;
      }
      case 'number':
        spec.tests.push(t.exactNumber(item.raw, comparableNumber(item.raw)));
        break;
      case 'boolean':
        spec.tests.push(t.exactLiteral(item.value ? 'true' : 'false'));
        break;
      case 'null':
        spec.tests.push(t.exactLiteral('null'));
        break;
      default:
        throw new PatternError('Match value must be String, number, true, false, or null');
    }
  }
  if (items.length === 0) throw new PatternError('Empty arrays are not allowed');
  if (rules.length === 0) rules.push(new Map());
  for (const rule of rules) rule.set(name, spec);
}

const ONLY_ONE = 'Only one key allowed in match expression';
const TOO_MANY = 'Too many elements in numeric expression';

function matchExpression(entries: [string, JsonNode][]): t.ValueTest | 'absent' {
  const first = entries[0];
  if (!first) throw new PatternError('Match expression name not found');
  const [op, value] = first;
  const single = <T>(result: T, message = ONLY_ONE): T => {
    if (entries.length > 1) throw new PatternError(message);
    return result;
  };
  switch (op) {
    case 'exactly':
      return single(t.exactString(stringOf(value, 'exact match pattern must be a string')));
    case 'prefix':
    case 'suffix': {
      const anchor = op;
      if (value.kind === 'object') return single(ignoreCaseAffix(anchor, value.entries));
      const text = stringOf(value, `${op} match pattern must be a string`);
      return single(anchor === 'prefix' ? t.prefix(text) : t.suffix(text));
    }
    case 'equals-ignore-case':
      return single(t.ignoreCase(stringOf(value, 'equals-ignore-case match pattern must be a string'), 'whole'));
    case 'wildcard':
      return single(t.wildcard(parseWildcard(stringOf(value, 'wildcard match pattern must be a string'))));
    case 'cidr': {
      // the engine's message for a non-string cidr really does say "prefix"
      const text = stringOf(value, 'prefix match pattern must be a string');
      return single(t.ipRange(withMessage(() => parseCidr(text))));
    }
    case 'exists':
      if (value.kind !== 'boolean') throw new PatternError('exists match pattern must be either true or false.');
      return single(value.value ? t.exists : 'absent');
    case 'numeric':
      if (value.kind !== 'array') throw new PatternError('Value of numeric must be an array.');
      return single(numericExpression(value.items), TOO_MANY);
    case 'anything-but':
      return single(anythingBut(value), TOO_MANY);
    default:
      throw new PatternError(`Unrecognized match type ${op}`);
  }
}

function ignoreCaseAffix(anchor: 'prefix' | 'suffix', entries: [string, JsonNode][]): t.ValueTest {
  const Anchor = anchor === 'prefix' ? 'Prefix' : 'Suffix';
  const first = entries[0];
  if (!first) throw new PatternError(`${Anchor} expression name not found`);
  const [op, value] = first;
  if (op !== 'equals-ignore-case') throw new PatternError(`Unsupported ${anchor} pattern: ${op}`);
  const text = stringOf(value, 'equals-ignore-case match pattern must be a string');
  if (entries.length > 1) throw new PatternError(ONLY_ONE);
  return t.ignoreCase(text, anchor);
}

function numericExpression(items: JsonNode[]): t.ValueTest {
  const [opNode, first, second, third, ...rest] = items;
  if (opNode?.kind !== 'string') throw new PatternError(`Invalid member in numeric match: ${tokenText(opNode, ']')}`);
  const op = opNode.value;
  const valueOf = (node: JsonNode | undefined, name: string): string => {
    if (node?.kind !== 'number') throw new PatternError(`Value of ${name} must be numeric`);
    return node.raw;
  };
  switch (op) {
    case '=': {
      const raw = valueOf(first, 'equals');
      if (items.length > 2) throw new PatternError(TOO_MANY);
      return t.numericEquals(numberFor(raw));
    }
    case '<':
    case '<=': {
      const raw = valueOf(first, op);
      if (items.length > 2) throw new PatternError(TOO_MANY);
      return t.numericRange({ lower: -Infinity, lowerOpen: false, upper: numberFor(raw), upperOpen: op === '<' });
    }
    case '>':
    case '>=': {
      const lowerRaw = valueOf(first, op);
      const lowerOpen = op === '>';
      if (items.length === 2) {
        return t.numericRange({ lower: numberFor(lowerRaw), lowerOpen, upper: Infinity, upperOpen: false });
      }
      if (second?.kind !== 'string') throw new PatternError(`Bad value in numeric range: ${tokenText(second, ']')}`);
      const upperOp = second.value;
      if (upperOp !== '<' && upperOp !== '<=') throw new PatternError(`Bad numeric range operator: ${upperOp}`);
      const upperRaw = valueOf(third, upperOp);
      if (rest.length > 0) throw new PatternError('Too many terms in numeric range expression');
      const lower = numberFor(lowerRaw);
      const upper = numberFor(upperRaw);
      if (!(lower < upper)) throw new PatternError('Bottom must be less than top');
      return t.numericRange({ lower, lowerOpen, upper, upperOpen: upperOp === '<' });
    }
    default:
      throw new PatternError(`Unrecognized numeric range operator: ${op}`);
  }
}

function numberFor(raw: string): number {
  const n = comparableNumber(raw);
  if (n === undefined) throw new PatternError(`Cannot compare number : ${raw}`);
  return n;
}

type AnythingButKind = 'equals-ignore-case' | 'prefix' | 'suffix' | 'wildcard';

function anythingBut(value: JsonNode): t.ValueTest {
  let kind: AnythingButKind | undefined;
  let operand = value;
  if (value.kind === 'object') {
    const first = value.entries[0];
    if (!first) throw new PatternError('Anything-But expression name not found');
    const [op, inner] = first;
    if (op !== 'equals-ignore-case' && op !== 'prefix' && op !== 'suffix' && op !== 'wildcard') {
      throw new PatternError(`Unsupported anything-but pattern: ${op}`);
    }
    kind = op;
    operand = inner;
  }
  if (operand.kind !== 'array' && operand.kind !== 'string' && operand.kind !== 'number') {
    throw new PatternError('Value of anything-but must be an array or single string/number value.');
  }
  const elements = operand.kind === 'array' ? operand.items : [operand];
  const test = kind === undefined ? plainAnythingBut(elements, operand.kind === 'array') : anythingButOf(kind, elements);
  if (value.kind === 'object' && value.entries.length > 1) throw new PatternError(TOO_MANY);
  return t.not(test);
}

/** The values to exclude: all strings or all numbers, compared like exact matches. */
function plainAnythingBut(elements: JsonNode[], isList: boolean): t.ValueTest {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  for (const e of elements) {
    if (e.kind === 'string') strings.add(e.value);
    else if (e.kind === 'number') numbers.add(numberFor(e.raw));
    else throw new PatternError(`Inside anything${isList ? ' but' : '-but'} list, start|null|boolean is not supported.`);
  }
  if ((strings.size > 0) === (numbers.size > 0)) {
    throw new PatternError(
      'Inside anything but list, either all values are number or string, mixed type is not supported',
    );
  }
  return strings.size > 0 ? t.stringIn(strings) : t.numberIn(numbers);
}

function anythingButOf(kind: AnythingButKind, elements: JsonNode[]): t.ValueTest {
  const tests: t.ValueTest[] = [];
  for (const e of elements) {
    if (e.kind !== 'string') {
      throw new PatternError(
        kind === 'equals-ignore-case'
          ? 'Inside anything-but/ignore-case list, number|start|null|boolean is not supported.'
          : kind === 'wildcard'
            ? 'wildcard match pattern must be a string'
            : 'prefix/suffix match pattern must be a string',
      );
    }
    const text = e.value;
    switch (kind) {
      case 'equals-ignore-case':
        tests.push(t.ignoreCase(text, 'whole'));
        break;
      case 'prefix':
      case 'suffix':
        if (text === '') throw new PatternError('Null prefix/suffix not allowed');
        tests.push(kind === 'prefix' ? t.prefix(text) : t.suffix(text));
        break;
      case 'wildcard':
        tests.push(t.wildcard(parseWildcard(text)));
        break;
    }
  }
  // an empty list excludes nothing
  return tests.length === 0 ? () => false : t.anyOf(tests);
}

function stringOf(node: JsonNode, message: string): string {
  if (node.kind !== 'string') throw new PatternError(message);
  return node.value;
}

function withMessage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new PatternError(e instanceof Error ? e.message : String(e));
  }
}

function tokenText(node: JsonNode | undefined, end: string): string {
  if (!node) return end;
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'object':
      return '{';
    case 'array':
      return '[';
  }
}
