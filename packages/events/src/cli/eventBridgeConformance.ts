/**
 * `npm run -s conformance:eventbridge -- FILE.jsonl...`: runs EventBridge pattern conformance cases
 * (match lines `{id, pattern, event, expected}`, validity lines `{pattern, valid}`), prints each
 * failing case and ends with `N passed, N failed`. Exit status 1 if any case failed.
 */
import { readFileSync } from 'node:fs';
import { runConformance } from '../patterns/runConformance';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: conformance FILE.jsonl...');
  process.exit(2);
}

let passed = 0;
let failed = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.log(`${file}: cannot read: ${(e as Error).message}`);
    failed++;
    continue;
  }
  const result = runConformance(text);
  for (const f of result.failures) console.log(`FAIL ${f.id} (${file}:${f.line}): ${f.message}`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
