import { consistentMembership, flattenEvent, FlatEvent, type Membership } from './flattenEvent';
import type { ValueTest } from './valueTests';

/** One field of one pattern alternative. */
export interface CompiledField {
  path: string;
  /** matches a present value; undefined when the only alternative is exists:false */
  test: ValueTest | undefined;
  /** exists:false is an alternative: the field may be missing */
  absent: boolean;
}

/**
 * A validated, compiled event pattern. Matching is array-consistent as in EventBridge: every value
 * a pattern alternative uses must come from the same element of any array they share.
 */
export class CompiledPattern {
  /** dotted-path segments the pattern mentions; event keys made of other segments can be skipped */
  readonly segments: ReadonlySet<string>;

  constructor(
    readonly branches: readonly (readonly CompiledField[])[],
    readonly source: string,
  ) {
    const segments = new Set<string>();
    for (const branch of branches) for (const f of branch) for (const s of f.path.split('.')) segments.add(s);
    this.segments = segments;
  }

  /** Whether the event (JSON text, a parsed object, or a FlatEvent) matches. */
  matches(event: unknown): boolean {
    const flat = event instanceof FlatEvent ? event : flattenEvent(event, keepSegments(this.segments));
    for (const branch of this.branches) {
      if (matchFrom(branch, 0, flat, EMPTY)) return true;
    }
    return false;
  }
}

const EMPTY: Membership = [];

function matchFrom(branch: readonly CompiledField[], i: number, flat: FlatEvent, membership: Membership): boolean {
  if (i === branch.length) return true;
  const field = branch[i]!;
  const values = flat.get(field.path);
  if (field.absent) {
    let present = false;
    if (values) {
      for (const v of values) {
        if (consistentMembership(membership, v.membership) !== null) {
          present = true;
          break;
        }
      }
    }
    if (!present && matchFrom(branch, i + 1, flat, membership)) return true;
  }
  const test = field.test;
  if (test && values) {
    for (const v of values) {
      if (!test(v)) continue;
      const merged = consistentMembership(membership, v.membership);
      if (merged !== null && matchFrom(branch, i + 1, flat, merged)) return true;
    }
  }
  return false;
}

/** An event key matters only if every dot-separated part of it appears in some pattern path. */
export function keepSegments(segments: ReadonlySet<string>): (key: string) => boolean {
  return (key) => {
    if (key.indexOf('.') === -1) return segments.has(key);
    for (const part of key.split('.')) if (!segments.has(part)) return false;
    return true;
  };
}
