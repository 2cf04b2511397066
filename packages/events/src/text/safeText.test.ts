import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { safeText } from './safeText';

const name = safeText({ max: 20 });
const reason = safeText({ max: 50, multiline: true });
const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues.map((i) => i.message).join('; ');
};

describe('safeText', () => {
  it.each([
    'Tasca Nova', 'São Paulo', 'Café ☕', '東京 すし', 'مطعم', 'שלום', 'Zürich\u200Ebahnhof', 'Bras\uFFFDlia', '👩‍🍳 Chef', 'e\u0301clair', 'x',
  ])('accepts %j as it is', (text) => {
    expect(name.parse(text)).toBe(text);
  });

  it('trims, and counts the limit after trimming', () => {
    expect(name.parse('  Tasca  ')).toBe('Tasca');
    expect(messageOf(name, 'x'.repeat(21))).toBe('must be at most 20 characters');
  });

  it.each([
    ['NUL', 'a\u0000b', /control characters .*U\+0000/],
    ['DEL', 'a\u007Fb', /U\+007F/],
    ['C1 NEL', 'a\u0085b', /U\+0085/],
    ['line feed in one-line text', 'a\nb', /U\+000A/],
    ['line separator', 'a\u2028b', /U\+2028/],
    ['RLO override', 'abc\u202Edef', /bidirectional .*U\+202E/],
    ['LRE embedding', '\u202Aabc', /U\+202A/],
    ['FSI isolate', 'abc\u2068d', /U\+2068/],
    ['PDI', 'abc\u2069', /U\+2069/],
    ['lone high surrogate', 'a\uD800b', /unpaired surrogate/],
    ['lone low surrogate', '\uDC00', /unpaired surrogate/],
    ['noncharacter', 'a\uFFFE', /noncharacter/],
    ['only zero-width', '\u200B\u200C\u200D\u2060', /visible characters/],
    ['only combining marks', '\u0301\u0308', /visible characters/],
    ['BOM and spaces', '\uFEFF \u3000', /empty|visible/],
    ['Hangul filler', '\u3164', /visible characters/],
    ['Braille blank', '\u2800\u2800', /visible characters/],
    ['variation selectors', '\uFE0F\u{E0100}', /visible characters/],
    ['empty', '', /must not be empty/],
    ['spaces', '   ', /must not be empty/],
  ])('refuses %s', (_label, text, message) => {
    expect(messageOf(name, text)).toMatch(message);
  });

  it('lets free text span lines and use tabs, but no other control', () => {
    expect(reason.parse('closed\r\nfor good\tsadly')).toBe('closed\r\nfor good\tsadly');
    expect(messageOf(reason, 'closed\u0000')).toMatch(/U\+0000/);
    expect(messageOf(reason, 'closed\u0085')).toMatch(/U\+0085/);
    expect(messageOf(reason, '\n\t\u200B')).toMatch(/empty|visible/);
  });

  it('says a missing field is required and a non-string is not a string', () => {
    expect(messageOf(z.object({ name }), {})).toBe('is required');
    expect(messageOf(name, 42)).toBe('must be a string');
  });
});
