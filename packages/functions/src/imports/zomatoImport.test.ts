import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DynamoEventStore, startDynalite, type DynaliteHandle } from '@forkcast/core';
import { runImport } from './runImport';

// ../shared/data relative to the repository root (packages/functions/src/imports → root is four up).
const zomatoCsv = fileURLToPath(new URL('../../../../../shared/data/zomato/zomato.csv', import.meta.url));

let dynalite: DynaliteHandle;
beforeAll(async () => {
  dynalite = await startDynalite();
});
afterAll(() => dynalite?.stop());

describe('importing the Zomato file', () => {
  it('imports every row once, rejects the Null Island rows, and a second run appends nothing', async () => {
    const store = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
    const totalBytes = statSync(zomatoCsv).size;
    const started = Date.now();
    const first = await runImport({ source: createReadStream(zomatoCsv), store, totalBytes });
    console.log(`zomato first run: ${first.summary} (${first.report.length} report entries) in ${Date.now() - started} ms`);
    const { imported, updated, unchanged, rejected } = first.counts;
    expect(imported + updated + unchanged + rejected).toBe(9551);
    expect(updated + unchanged).toBe(0);
    expect(first.report.filter((i) => i.code === 'location.null-island')).toHaveLength(497);
    expect(first.report.filter((i) => i.code === 'cuisines.missing')).toHaveLength(9);
    expect(first.report.some((i) => i.code === 'text.mojibake')).toBe(true);
    expect(rejected).toBe(new Set(first.report.filter((i) => i.action === 'rejected').map((i) => i.line)).size);

    const second = await runImport({ source: createReadStream(zomatoCsv), store, totalBytes });
    console.log(`zomato second run: ${second.summary} in ${Date.now() - started} ms total`);
    expect(second.counts).toEqual({ imported: 0, updated: 0, unchanged: imported, rejected });
  }, 300_000);
});
