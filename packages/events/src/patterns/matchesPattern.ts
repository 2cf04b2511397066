import { compilePattern } from './compilePattern';

/**
 * One-off match of an event against a pattern (each may be JSON text or a parsed value). Compiles
 * the pattern on every call: for repeated matching use compilePattern or PatternSet.
 * Throws PatternError for an invalid pattern and EventError for an event that is not an object.
 */
export function matchesPattern(pattern: unknown, event: unknown): boolean {
  return compilePattern(pattern).matches(event);
}
