import { describe, expect, it } from 'vitest';
import { runConformance } from './runConformance';

const line = (o: unknown) => JSON.stringify(o);

describe('runConformance', () => {
  it('counts passing and failing match and validity lines and names the failures', () => {
    const text = [
      line({ id: 'ok', pattern: '{"a":["x"]}', event: '{"a":"x"}', expected: true }),
      line({ id: 'wrong', pattern: '{"a":["x"]}', event: '{"a":"y"}', expected: true }),
      line({ pattern: '{"a":[]}', valid: false }),
      line({ pattern: '{"a":["x"]}', valid: false }),
      '',
    ].join('\n');
    const result = runConformance(text);
    expect(result.passed).toBe(2);
    expect(result.failed).toBe(2);
    expect(result.failures).toEqual([
      { id: 'wrong', line: 2, message: 'expected true, got false' },
      { id: 'line 4', line: 4, message: 'expected invalid, got valid' },
    ]);
  });

  it('reports a malformed line with its number and counts it as failed', () => {
    const result = runConformance(`${line({ pattern: '{"a":["x"]}', valid: true })}\n{not json\n${line({ id: 'z' })}`);
    expect(result.passed).toBe(1);
    expect(result.failures.map((f) => [f.line, f.message.startsWith('malformed line')])).toEqual([
      [2, true],
      [3, true],
    ]);
  });

  it('treats an invalid pattern in a match case as a failure, not a crash', () => {
    const result = runConformance(line({ id: 'bad', pattern: '{"a":[]}', event: '{}', expected: false }));
    expect(result.failed).toBe(1);
    expect(result.failures[0]?.message).toContain('Empty arrays are not allowed');
  });
});
