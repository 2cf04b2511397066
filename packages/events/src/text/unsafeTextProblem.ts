/** What a text field may hold besides one line of printable text. */
export interface TextRules {
  /** Line feeds, carriage returns and tabs are allowed (free text such as a reason); other controls never are. */
  multiline?: boolean;
}

const unpairedSurrogate = /\p{Cs}/u;
const control = /\p{Cc}/u;
const multilineControl = /(?![\t\n\r])\p{Cc}/u;
const lineSeparator = /[\u2028\u2029]/;
// Overrides and isolates reorder what a reader sees ("Trojan Source"); the plain marks U+200E/F do not.
const bidiOverride = /[\u202a-\u202e\u2066-\u2069]/;
const noncharacter = /\p{Noncharacter_Code_Point}/u;
// What renders as nothing: spaces, combining marks with no base, format and default-ignorable characters.
const invisible = /[\p{White_Space}\p{M}\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Why `text` is not safe to store and show to other people, or undefined when it is. The checks are
 * about what a reader would see, not about language: any script, emoji and U+FFFD (text a source
 * lost) pass.
 */
export function unsafeTextProblem(text: string, rules: TextRules = {}): string | undefined {
  if (unpairedSurrogate.test(text)) return 'must be Unicode text (it has an unpaired surrogate)';
  const controlChar = (rules.multiline ? multilineControl : control).exec(text) ?? (rules.multiline ? null : lineSeparator.exec(text));
  if (controlChar) return `must not contain control characters or line breaks (found ${codePoint(controlChar[0])})`;
  const bidi = bidiOverride.exec(text);
  if (bidi) return `must not contain bidirectional overrides or isolates (found ${codePoint(bidi[0])})`;
  const nonchar = noncharacter.exec(text);
  if (nonchar) return `must not contain Unicode noncharacters (found ${codePoint(nonchar[0])})`;
  if (text.length > 0 && text.replace(invisible, '') === '') return 'must contain visible characters, not only spaces, marks or invisible formatting';
  return undefined;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
