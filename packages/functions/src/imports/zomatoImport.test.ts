import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { DynamoEventStore, restaurantStreamFor } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { testApi } from '../testing/testApi';
import { testDependencies } from '../testing/testDependencies';
import { runImport } from './runImport';

// ../shared/data relative to the repository root (packages/functions/src/imports → root is four up).
const zomatoCsv = fileURLToPath(new URL('../../../../../shared/data/zomato/zomato.csv', import.meta.url));

let dynalite: DynaliteHandle;
let deps: ReturnType<typeof testDependencies>;
const { callApi, deliverToProjections } = testApi(() => deps);
beforeAll(async () => {
  dynalite = await startDynalite();
  deps = testDependencies(dynalite);
});

/** External ids of the rows whose City field, read as latin-1 bytes, is `rawCity`, and that have a real location; read independently of the importer. */
async function idsInFile(rawCity: string): Promise<string[]> {
  const ids: string[] = [];
  const rows = createReadStream(zomatoCsv).pipe(parse({ columns: true, encoding: 'latin1' }));
  for await (const row of rows as AsyncIterable<Record<string, string>>) {
    if (row.City === rawCity && !(Number(row.Latitude) === 0 && Number(row.Longitude) === 0)) ids.push(row['Restaurant ID']!);
  }
  return ids;
}
afterAll(() => dynalite?.stop());

describe('importing the Zomato file', () => {
  it('imports every row once, rejects the Null Island rows, a second run appends nothing, and the city lists show what the file holds', async () => {
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

    // What the file holds for a city is what GET /restaurants?city= answers once the projections ran
    // (here for the cities whose names the export mangled, decodably and not).
    for (const [rawCity, city] of [['Brasí_lia', 'Brasília'], ['ÛÁstanbul', 'İstanbul'], ['Ahmedabad', 'Ahmedabad']] as const) {
      const streams = (await idsInFile(rawCity)).map((id) => restaurantStreamFor('zomato', id));
      expect(streams.length).toBeGreaterThan(0);
      for (const stream of streams) await deliverToProjections(stream);
      const listed: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await callApi('listRestaurantsByCity', { query: { city, limit: '7', ...(cursor ? { cursor } : {}) } });
        expect(page.statusCode).toBe(200);
        listed.push(...page.json.items.map((item: { id: string }) => item.id));
        cursor = page.json.cursor;
      } while (cursor);
      expect(listed.sort()).toEqual(streams.sort());
    }
  }, 300_000);
});
