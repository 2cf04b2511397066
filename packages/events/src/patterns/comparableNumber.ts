/**
 * The numeric value EventBridge compares for a JSON number spelling, or undefined when it cannot
 * compare it. The engine parses the decimal exactly and takes the nearest double, then refuses the
 * number if that double does not stand for the same decimal (so `1E-325`, which underflows to 0,
 * or a 20-digit account number, is not numerically comparable; `2.0e422` overflows and is refused).
 */
export function comparableNumber(raw: string): number | undefined {
  const d = Number(raw);
  if (!Number.isFinite(d)) return undefined;
  // most spellings already are the shortest one; only the others need the exact decimal check
  if (String(d) !== raw && !sameDecimal(raw, String(d))) return undefined;
  // the engine's decimal parser has no negative zero
  return d === 0 ? 0 : d;
}

/** Whether two decimal spellings (JSON or JavaScript number syntax) have the same exact value. */
export function sameDecimal(a: string, b: string): boolean {
  const x = normalizeDecimal(a);
  const y = normalizeDecimal(b);
  return x !== undefined && y !== undefined && x.negative === y.negative && x.digits === y.digits && x.exponent === y.exponent;
}

interface Decimal {
  negative: boolean;
  /** significant digits, no leading or trailing zeros ("" for zero) */
  digits: string;
  /** value = 0.digits × 10^exponent */
  exponent: number;
}

function normalizeDecimal(text: string): Decimal | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return undefined;
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  let digits = intPart + fracPart;
  let exponent = intPart.length + Number(m[4] ?? '0');
  const lead = digits.search(/[^0]/);
  if (lead === -1) return { negative: false, digits: '', exponent: 0 };
  digits = digits.slice(lead);
  exponent -= lead;
  digits = digits.replace(/0+$/, '');
  return { negative: m[1] === '-', digits, exponent };
}
