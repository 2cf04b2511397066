import * as z from 'zod';
import { unsafeTextProblem, type TextRules } from './unsafeTextProblem';

export interface SafeTextOptions extends TextRules {
  /** Most UTF-16 code units after trimming. */
  max: number;
}

/**
 * The schema of every string a person types that others will read (names, addresses, reasons):
 * trimmed, 1 to `max` long, and free of control characters, bidi overrides, unpaired surrogates,
 * noncharacters and text that is invisible once rendered. Issues carry the field's path, so a
 * request answers 400 with `errors[].path` such as `body.name`.
 */
export function safeText(options: SafeTextOptions) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(options.max, `must be at most ${options.max} characters`)
    .superRefine(safeTextCheck(options));
}

/** The same checks for a string schema with its own format (a URL, a phone number). */
export function safeTextCheck(rules: TextRules = {}) {
  return (value: string, context: z.RefinementCtx): void => {
    const problem = unsafeTextProblem(value, rules);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}
