import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConformance } from './runConformance';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const devFile = (name: string) => readFileSync(join(repoRoot, '../shared/conformance/eventbridge', name), 'utf8');

describe('EventBridge dev conformance cases', () => {
  it.each(['match-cases.dev.jsonl', 'pattern-validity.dev.jsonl'])('%s: every case passes', (name) => {
    const text = devFile(name);
    const result = runConformance(text);
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(text.split('\n').filter((l) => l.trim() !== '').length);
  });
});
