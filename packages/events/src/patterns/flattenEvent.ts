import { comparableNumber } from './comparableNumber';
import { ipToHex } from './ipAddress';
import { jsonNodeOf, type JsonNode } from './jsonText';

/**
 * Which array elements a value sits in: pairs [arrayId, index, arrayId, index, ...] in ascending
 * arrayId order. Two values are "array-consistent" when they agree on every array they share.
 */
export type Membership = readonly number[];

const NO_ARRAYS: Membership = [];

/** One leaf value of an event, at a dotted path. */
export interface Field {
  kind: 'string' | 'number' | 'boolean' | 'null';
  /** the string itself, a number's spelling, or `true` / `false` / `null` */
  text: string;
  /** numeric value when the engine can compare the number (see comparableNumber) */
  num: number | undefined;
  membership: Membership;
  /** hex IP form, computed on first use; null when the string is not an IP literal */
  ip?: string | null;
}

/** An event flattened once, for matching against any number of compiled patterns. */
export class FlatEvent {
  constructor(readonly fields: ReadonlyMap<string, readonly Field[]>) {}

  get(path: string): readonly Field[] | undefined {
    return this.fields.get(path);
  }
}

export class EventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EventError';
  }
}

/**
 * Flattens an event (JSON text or parsed value) to leaf values by dotted path, remembering array
 * membership. As in the engine, a scalar directly inside an array carries only its enclosing
 * elements' membership, empty arrays and objects contribute nothing, and `keep` (when given) skips
 * subtrees under keys no pattern uses.
 */
export function flattenEvent(event: unknown, keep?: (key: string) => boolean): FlatEvent {
  const root = jsonNodeOf(event);
  if (root.kind !== 'object') throw new EventError('Event must be a JSON object');
  const fields = new Map<string, Field[]>();
  let arrayCount = 0;

  const add = (path: string, node: JsonNode, membership: Membership) => {
    let field: Field;
    switch (node.kind) {
      case 'string':
        field = { kind: 'string', text: node.value, num: undefined, membership };
        break;
      case 'number':
        field = { kind: 'number', text: node.raw, num: comparableNumber(node.raw), membership };
        break;
      case 'boolean':
        field = { kind: 'boolean', text: node.value ? 'true' : 'false', num: undefined, membership };
        break;
      case 'null':
        field = { kind: 'null', text: 'null', num: undefined, membership };
        break;
      default:
        return;
    }
    const list = fields.get(path);
    if (list) list.push(field);
    else fields.set(path, [field]);
  };

  const visitArray = (path: string, items: JsonNode[], membership: Membership) => {
    const id = arrayCount++;
    items.forEach((item, index) => {
      if (item.kind === 'object') visitObject(path, item.entries, [...membership, id, index]);
      else if (item.kind === 'array') visitArray(path, item.items, [...membership, id, index]);
      else add(path, item, membership);
    });
  };

  const visitObject = (prefix: string, entries: [string, JsonNode][], membership: Membership) => {
    for (const [key, value] of entries) {
      if (keep && !keep(key)) continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      if (value.kind === 'object') visitObject(path, value.entries, membership);
      else if (value.kind === 'array') visitArray(path, value.items, membership);
      else add(path, value, membership);
    }
  };

  visitObject('', root.entries, NO_ARRAYS);
  return new FlatEvent(fields);
}

/** Merged membership when a and b agree on every shared array, else null. */
export function consistentMembership(a: Membership, b: Membership): Membership | null {
  if (a.length === 0) return b;
  if (b.length === 0 || a === b) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ai = a[i]!;
    const bj = b[j]!;
    if (ai === bj) {
      if (a[i + 1] !== b[j + 1]) return null;
      out.push(ai, a[i + 1]!);
      i += 2;
      j += 2;
    } else if (ai < bj) {
      out.push(ai, a[i + 1]!);
      i += 2;
    } else {
      out.push(bj, b[j + 1]!);
      j += 2;
    }
  }
  for (; i < a.length; i += 2) out.push(a[i]!, a[i + 1]!);
  for (; j < b.length; j += 2) out.push(b[j]!, b[j + 1]!);
  return out;
}

export function fieldIp(field: Field): string | null {
  if (field.ip === undefined) field.ip = field.kind === 'string' ? (ipToHex(field.text) ?? null) : null;
  return field.ip;
}
