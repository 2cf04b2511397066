import { PatternError } from './patternError';

/** A wildcard pattern split at its unescaped `*`s: the value must be segments[0] * segments[1] * ... */
export interface Wildcard {
  segments: string[];
}

const encoder = new TextEncoder();

/**
 * Parses a wildcard value: `*` matches any run of characters, `\*` is a literal star, `\\` a
 * literal backslash; any other backslash, and two stars in a row, are refused. Positions in the
 * messages count UTF-8 bytes of the quoted value, as the engine reports them.
 */
export function parseWildcard(value: string): Wildcard {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '*') {
      if (value[i + 1] === '*') throw new PatternError(`Consecutive wildcard characters at pos ${bytePos(value, i)}`);
      segments.push(current);
      current = '';
    } else if (c === '\\') {
      const next = value[i + 1];
      if (next !== '*' && next !== '\\') throw new PatternError(`Invalid escape character at pos ${bytePos(value, i)}`);
      current += next;
      i++;
    } else {
      current += c;
    }
  }
  segments.push(current);
  return { segments };
}

function bytePos(value: string, index: number): number {
  return 1 + encoder.encode(value.slice(0, index)).length;
}

export function matchesWildcard(w: Wildcard, s: string): boolean {
  const seg = w.segments;
  const first = seg[0]!;
  if (seg.length === 1) return s === first;
  const last = seg[seg.length - 1]!;
  if (s.length < first.length + last.length) return false;
  if (!s.startsWith(first) || !s.endsWith(last)) return false;
  // Leftmost placement of each middle segment is optimal for a star-separated pattern.
  let pos = first.length;
  const end = s.length - last.length;
  for (let i = 1; i < seg.length - 1; i++) {
    const part = seg[i]!;
    const at = s.indexOf(part, pos);
    if (at === -1 || at + part.length > end) return false;
    pos = at + part.length;
  }
  return true;
}
