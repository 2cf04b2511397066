import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoEventStore } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { csvRecords, runImport } from '@forkcast/functions';
import type { Bench, Figure } from './bench';

const zomatoCsv = fileURLToPath(new URL('../../shared/data/zomato/zomato.csv', import.meta.url));
/** Rows imported per run: enough for a stable rate, few enough to stay well under a minute. */
const rowsToImport = 4000;

/** The file cut after `rows` records (at a record boundary, quoted newlines included). */
async function firstRows(file: Buffer, rows: number): Promise<Buffer> {
  let endLine = 0;
  let seen = -1; // the header is not a row
  for await (const record of csvRecords(Readable.from([file]))) {
    if (++seen > rows) {
      endLine = record.line;
      break;
    }
  }
  if (endLine === 0) return file;
  let offset = 0;
  for (let line = 1; line < endLine; line++) offset = file.indexOf(0x0a, offset) + 1;
  return file.subarray(0, offset);
}

const bench: Bench = {
  title: 'Import of the Zomato file into in-memory dynalite',
  async run(): Promise<Figure[]> {
    const dynalite = await startDynalite();
    try {
      const store = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
      const slice = await firstRows(readFileSync(zomatoCsv), rowsToImport);

      const started = performance.now();
      const result = await runImport({ source: Readable.from([slice]), store, totalBytes: slice.length });
      const importSeconds = (performance.now() - started) / 1000;
      const rowsPerSecond = result.rows / importSeconds;

      // Baseline: one plain PutItem per imported restaurant, same concurrency (8), same dynalite.
      const items = result.counts.imported;
      const putStarted = performance.now();
      let next = 0;
      await Promise.all(Array.from({ length: 8 }, async () => {
        while (next < items) {
          const i = next++;
          await dynalite.client.send(new PutItemCommand({
            TableName: dynalite.tables.views,
            Item: { pk: { S: `bench#${i}` }, body: { S: JSON.stringify(result.report[i % Math.max(1, result.report.length)] ?? {}) } },
          }));
        }
      }));
      const putsPerSecond = items / ((performance.now() - putStarted) / 1000);

      return [
        { key: 'import.rowsPerSecond', value: Math.round(rowsPerSecond), unit: 'rows/s', description: `first ${result.rows} rows of zomato.csv through runImport (parse, decide, conditional append), 8 in flight` },
        { key: 'import.rawPutItemsPerSecond', value: Math.round(putsPerSecond), unit: 'items/s', description: `plain PutItem of ${items} items, 8 in flight, same dynalite` },
        { key: 'import.ratioToRawPut', value: Number((rowsPerSecond / putsPerSecond).toFixed(3)), unit: 'ratio', description: 'import rows/s ÷ raw PutItem items/s (each new row costs a stream read + a conditional put)' },
      ];
    } finally {
      await dynalite.stop();
    }
  },
};

export default bench;
