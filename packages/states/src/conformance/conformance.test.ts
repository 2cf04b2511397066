import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseKnownDifferences } from './knownDifferences';
import { runConformanceFiles } from './runConformanceFiles';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const casesDir = join(repoRoot, '../shared/conformance/stepfunctions');
const known = parseKnownDifferences(readFileSync(join(repoRoot, 'packages/states/KNOWN_DIFFERENCES.md'), 'utf8'));

describe('Step Functions conformance (dev cases recorded on AWS)', () => {
  for (const file of ['jsonpath', 'jsonata', 'callbacks', 'devguide']) {
    it(`${file}.dev.jsonl: every case passes unless listed in KNOWN_DIFFERENCES.md`, async () => {
      const text = readFileSync(join(casesDir, `${file}.dev.jsonl`), 'utf8');
      const { results, failures } = await runConformanceFiles([text]);
      expect(results.length).toBeGreaterThan(0);
      const unexpected = failures.filter((f) => !known.has(f.id)).map((f) => `${f.id}: ${f.reason}`);
      expect(unexpected).toEqual([]);
      const failing = new Set(failures.map((f) => f.id));
      const fixed = results.filter((r) => known.has(r.id) && !failing.has(r.id)).map((r) => r.id);
      expect(fixed, 'listed as known differences but passing now').toEqual([]);
    });
  }
});
