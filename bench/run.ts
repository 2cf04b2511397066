/**
 * `npm run bench`: runs every bench/*.bench.ts module (or those named on the command line),
 * prints each figure, and merges them into bench/results.json (one key per figure) and
 * BENCHMARKS.md. A bench module default-exports a `Bench`.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import type { Bench, Figure } from './bench';

// The SDK's notice about Node 20 (Lambda runs 22) would interleave with the figures.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const resultsPath = join(here, 'results.json');
/** A figure as stored; `at` is when its run finished (absent for figures recorded before runs were dated). */
type Stored = { value: number; unit: string; description: string; bench: string; at?: string };
const previous: Record<string, Stored> = existsSync(resultsPath)
  ? JSON.parse(readFileSync(resultsPath, 'utf8'))
  : {};
const results = { ...previous };
const fresh: Figure[] = [];

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  const bench = mod.default;
  console.log(`\n# ${bench.title} (${file})`);
  const figures: Figure[] = await bench.run();
  for (const f of figures) {
    console.log(`  ${f.key.padEnd(48)} ${formatValue(f.value).padStart(14)} ${f.unit}  ${f.description}`);
    results[f.key] = { value: f.value, unit: f.unit, description: f.description, bench: file };
    fresh.push(f);
  }
}

const finishedAt = new Date().toISOString();
for (const f of fresh) results[f.key]!.at = finishedAt;
writeFileSync(resultsPath, JSON.stringify(sortKeys(results), null, 2) + '\n');
writeFileSync(join(root, 'BENCHMARKS.md'), renderMarkdown(results));
console.log(`\nwrote bench/results.json and BENCHMARKS.md`);

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(4);
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function renderMarkdown(all: typeof results): string {
  const byBench = new Map<string, [string, (typeof all)[string]][]>();
  for (const [k, v] of Object.entries(sortKeys(all))) {
    const list = byBench.get(v.bench) ?? [];
    list.push([k, v]);
    byBench.set(v.bench, list);
  }
  const lines = [
    '# Benchmarks',
    '',
    'Produced by `npm run bench` (all) or `npm run bench -- NAME` (bench/NAME*.bench.ts); the same figures,',
    'machine-readable, are in `bench/results.json`. Ratios are measured against a baseline run in the same',
    'process, so they hold better than absolute numbers on a shared, noisy machine.',
    '',
    `Last run: ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`,
    '',
  ];
  for (const [bench, rows] of byBench) {
    // Benches run separately, so each section says when its figures were measured.
    const dates = [...new Set(rows.map(([, v]) => v.at).filter((at): at is string => at !== undefined))].sort();
    const measured = dates.length === 0 ? '' : ` (figures of the run that finished at ${dates.join(', ')})`;
    lines.push(`## ${bench}`, '', `Refresh: \`npm run bench -- ${bench.replace(/\.bench\.ts$/, '')}\`${measured}`, '', '| figure | value | unit | what |', '|---|---:|---|---|');
    for (const [k, v] of rows) lines.push(`| \`${k}\` | ${formatValue(v.value)} | ${v.unit} | ${v.description} |`);
    lines.push('');
  }
  return lines.join('\n');
}
