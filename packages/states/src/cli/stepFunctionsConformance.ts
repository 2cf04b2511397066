/**
 * `npm run -s conformance:stepfunctions -- FILE.jsonl... [--results OUT.jsonl]`: runs Step Functions
 * conformance cases, prints each differing case with the reason, ends with `N passed, N failed`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runConformanceFiles } from '../conformance/runConformanceFiles';

const args = process.argv.slice(2);
const resultsAt = args.indexOf('--results');
const resultsPath = resultsAt >= 0 ? args[resultsAt + 1] : undefined;
const files = args.filter((a, i) => a !== '--results' && (resultsAt < 0 || i !== resultsAt + 1));
if (files.length === 0) {
  console.error('usage: conformance:stepfunctions FILE.jsonl... [--results OUT.jsonl]');
  process.exit(2);
}

const { results, failures } = await runConformanceFiles(files.map((f) => readFileSync(f, 'utf8')));
for (const f of failures) console.log(`${f.id}: ${f.reason}`);
if (resultsPath) writeFileSync(resultsPath, results.map((r) => JSON.stringify(r)).join('\n') + (results.length ? '\n' : ''));
console.log(`${results.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
