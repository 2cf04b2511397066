import { compilePattern } from './compilePattern';
import { PatternError } from './patternError';

export type PatternValidity = { valid: true } | { valid: false; error: string };

/** Whether EventBridge would accept the pattern (JSON text or parsed object), and why not. */
export function validatePattern(pattern: unknown): PatternValidity {
  try {
    compilePattern(pattern);
    return { valid: true };
  } catch (e) {
    if (e instanceof PatternError) return { valid: false, error: e.message };
    throw e;
  }
}
