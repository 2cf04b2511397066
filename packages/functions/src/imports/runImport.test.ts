import { ofType } from '@forkcast/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { DynamoEventStore, restaurantStreamFor } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { runImport, ImportFormatError, type ImportProgress } from './runImport';
import { csvRecords } from './csvRecords';

const header = 'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
const row = (id: string, over: Partial<Record<'name' | 'city' | 'address' | 'lon' | 'lat' | 'cuisines' | 'price' | 'votes', string>> = {}) =>
  [id, over.name ?? `Place ${id}`, '1', over.city ?? 'New Delhi', over.address ?? `"${id} Main Road, Connaught Place"`, 'Connaught Place', '"Connaught Place, New Delhi"',
    over.lon ?? '77.21', over.lat ?? '28.63', over.cuisines ?? '"North Indian, Chinese"', '500', 'Indian Rupees(Rs.)', 'No', 'Yes', 'No', 'No', over.price ?? '2', '3.9', 'Yellow', 'Good', over.votes ?? '120'].join(',');

let dynalite: DynaliteHandle;
let store: DynamoEventStore;
beforeAll(async () => {
  dynalite = await startDynalite();
  store = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
});
afterAll(() => dynalite?.stop());

/** Feeds the text in small chunks, so records and multi-byte characters straddle chunk boundaries. */
const chunked = (text: string | Buffer, size = 7) => {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return Readable.from((function* () { for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size); })());
};

describe('csvRecords', () => {
  it('numbers records by the physical line they start on, across quoted newlines and blank lines', async () => {
    const text = `${header}\n1,"two\nline name"\r\n\n3,x\n4,"a\n\nb",c\n5,z`;
    const lines = [];
    for await (const r of csvRecords(chunked(text, 3))) lines.push([r.fields[0], r.line]);
    expect(lines).toEqual([['Restaurant ID', 1], ['1', 2], ['3', 5], ['4', 6], ['5', 9]]);
  });
});

describe('runImport', () => {
  it('imports, reports each repair and rejection by line, and is idempotent', async () => {
    const csv = [
      header,
      row('1001'),
      row('1002', { name: '"Two\nLines Café"' }), // a quoted newline: the next record starts a line later
      row('1003', { lon: '0', lat: '0' }),
      row('1004', { cuisines: '' }),
      row('1001', { name: 'Duplicate' }),
      row('1005', { price: '9', votes: 'lots' }),
      row('', {}),
      row('1006', { votes: 'lots' }),
    ].join('\n') + '\n';
    const progress: ImportProgress[] = [];
    const first = await runImport({ source: chunked(csv), store, totalBytes: Buffer.byteLength(csv), onProgress: (p) => progress.push(p) });

    expect(first.summary).toBe('imported 4, updated 0, unchanged 0, rejected 4');
    expect(first.rows).toBe(8);
    const codes = first.report.map((i) => [i.line, i.field, i.action, i.code]);
    expect(codes).toEqual([
      [5, 'Latitude', 'rejected', 'location.null-island'],
      [6, 'Cuisines', 'repaired', 'cuisines.missing'],
      [7, 'Restaurant ID', 'rejected', 'id.duplicate'],
      [8, 'Price range', 'rejected', 'priceRange.invalid'],
      [8, 'Votes', 'repaired', 'votes.invalid'],
      [9, 'Restaurant ID', 'rejected', 'id.missing'],
      [10, 'Votes', 'repaired', 'votes.invalid'],
    ]);
    expect(progress.at(-1)).toEqual({ rows: 8, bytesRead: Buffer.byteLength(csv), totalBytes: Buffer.byteLength(csv) });
    const listed = await store.readStream(restaurantStreamFor('zomato', '1002'));
    expect(listed.map((e) => e.type)).toEqual(['RestaurantListed']);
    expect(listed.filter(ofType('RestaurantListed'))[0]!.data.name).toBe('Two Lines Café');

    const second = await runImport({ source: chunked(csv), store });
    expect(second.summary).toBe('imported 0, updated 0, unchanged 4, rejected 4');

    const changed = csv.replace('Place 1004', 'Place 1004 Reopened');
    const third = await runImport({ source: Readable.from([Buffer.from(changed)]), store });
    expect(third.summary).toBe('imported 0, updated 1, unchanged 3, rejected 4');
    const updated = await store.readStream(restaurantStreamFor('zomato', '1004'));
    expect(updated.map((e) => [e.type, e.data])).toEqual([['RestaurantListed', expect.anything()], ['RestaurantProfileUpdated', { name: 'Place 1004 Reopened' }]]);
  });

  it('repairs latin-1 mojibake from the file bytes and reports the original', async () => {
    const bytes = Buffer.concat([Buffer.from(`${header}\n`), Buffer.from(row('2001', { name: 'Caf\xed\xa9 Brasil', city: 'S\xed\xa3o Paulo' }) + '\n', 'latin1')]);
    const result = await runImport({ source: chunked(bytes, 5), store });
    expect(result.counts.imported).toBe(1);
    const [event] = (await store.readStream(restaurantStreamFor('zomato', '2001'))).filter(ofType('RestaurantListed'));
    expect([event!.data.name, event!.data.city]).toEqual(['Café Brasil', 'São Paulo']);
    expect(result.report).toEqual([
      expect.objectContaining({ line: 2, field: 'Restaurant Name', action: 'repaired', code: 'text.mojibake', original: 'Caf\xed\xa9 Brasil' }),
      expect.objectContaining({ line: 2, field: 'City', action: 'repaired', code: 'text.mojibake' }),
    ]);
  });

  it('refuses a file that is not a Zomato export, importing nothing', async () => {
    await expect(runImport({ source: chunked('name,city\nA,B\n'), store })).rejects.toBeInstanceOf(ImportFormatError);
    await expect(runImport({ source: chunked(''), store })).rejects.toBeInstanceOf(ImportFormatError);
  });
});
