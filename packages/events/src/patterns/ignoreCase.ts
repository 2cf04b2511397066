/**
 * Case-insensitive comparison the way the engine does it: each UTF-16 unit `c` of the pattern
 * accepts exactly `c.toLowerCase()` or `c.toUpperCase()` in the event (root locale). That is not
 * Unicode case folding: `ß` accepts `ß` or `SS`, and a title-case letter such as `ǅ` accepts only
 * `ǆ` or `Ǆ`, not itself.
 */
export interface IgnoreCase {
  /** per pattern unit, the accepted spellings (one when lower and upper agree) */
  alternatives: string[][];
  /** true when every alternative is one unit long, so lengths must agree */
  simple: boolean;
}

export function compileIgnoreCase(pattern: string): IgnoreCase {
  const alternatives: string[][] = [];
  let simple = true;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower.length !== 1 || upper.length !== 1) simple = false;
    alternatives.push(lower === upper ? [lower] : [lower, upper]);
  }
  return { alternatives, simple };
}

type Anchor = 'whole' | 'prefix' | 'suffix';

export function matchesIgnoreCase(p: IgnoreCase, s: string, anchor: Anchor): boolean {
  const alts = p.alternatives;
  if (p.simple) {
    const n = alts.length;
    if (anchor === 'whole' ? s.length !== n : s.length < n) return false;
    const offset = anchor === 'suffix' ? s.length - n : 0;
    for (let i = 0; i < n; i++) {
      const a = alts[i]!;
      const c = s[offset + i];
      if (c !== a[0] && c !== a[1]) return false;
    }
    return true;
  }
  if (anchor === 'suffix') return matchBackward(alts, s, alts.length - 1, s.length);
  return matchForward(alts, s, 0, 0, anchor === 'whole');
}

function matchForward(alts: string[][], s: string, i: number, pos: number, whole: boolean): boolean {
  if (i === alts.length) return !whole || pos === s.length;
  for (const a of alts[i]!) {
    if (s.startsWith(a, pos) && matchForward(alts, s, i + 1, pos + a.length, whole)) return true;
  }
  return false;
}

function matchBackward(alts: string[][], s: string, i: number, end: number): boolean {
  if (i < 0) return true;
  for (const a of alts[i]!) {
    const start = end - a.length;
    if (start >= 0 && s.startsWith(a, start) && matchBackward(alts, s, i - 1, start)) return true;
  }
  return false;
}
