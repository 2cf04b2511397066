import { compilePattern } from './compilePattern';
import { validatePattern } from './validatePattern';

export interface ConformanceFailure {
  /** the case's id, or `line N` when it has none */
  id: string;
  line: number;
  message: string;
}

export interface ConformanceResult {
  passed: number;
  failed: number;
  failures: ConformanceFailure[];
}

/**
 * Runs JSONL conformance cases: match lines `{id, pattern, event, expected}` and validity lines
 * `{pattern, valid}`, where pattern and event are raw JSON text. A line that is neither counts as
 * a failure, so a corrupted file cannot pass by being skipped.
 */
export function runConformance(jsonl: string): ConformanceResult {
  const result: ConformanceResult = { passed: 0, failed: 0, failures: [] };
  jsonl.split('\n').forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const outcome = runLine(text, line);
    if (outcome === undefined) result.passed++;
    else {
      result.failed++;
      result.failures.push(outcome);
    }
  });
  return result;
}

function runLine(text: string, line: number): ConformanceFailure | undefined {
  let c: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    c = parsed as Record<string, unknown>;
  } catch (e) {
    return { id: `line ${line}`, line, message: `malformed line: ${(e as Error).message}` };
  }
  const id = typeof c.id === 'string' && c.id !== '' ? c.id : `line ${line}`;
  const fail = (message: string): ConformanceFailure => ({ id, line, message });

  if (typeof c.expected === 'boolean' && 'event' in c && 'pattern' in c) {
    let got: boolean;
    try {
      got = compilePattern(c.pattern).matches(c.event);
    } catch (e) {
      return fail(`expected ${c.expected}, got error: ${(e as Error).message}`);
    }
    return got === c.expected ? undefined : fail(`expected ${c.expected}, got ${got}`);
  }
  if (typeof c.valid === 'boolean' && 'pattern' in c) {
    const got = validatePattern(c.pattern);
    if (got.valid === c.valid) return undefined;
    return fail(got.valid ? 'expected invalid, got valid' : `expected valid, got invalid: ${got.error}`);
  }
  return fail('malformed line: needs {pattern, event, expected} or {pattern, valid}');
}
