import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOfId } from '@forkcast/core';
import { sampleLog } from '@forkcast/core/testing';
import type { EventEnvelope } from '@forkcast/events';
import { runCli as cli } from '../../testing/runCli';
import { useCliDataDir } from '../../testing/useCliDataDir';

let duck: DuckDBConnection;
const log = sampleLog({ start: Date.parse('2033-02-01T00:00:00Z'), days: 3, restaurants: 60, eventsPerRestaurant: 4 });
// Events outside the range must not be exported.
const outside = sampleLog({ start: Date.parse('2033-02-05T00:00:00Z'), days: 1, restaurants: 5, eventsPerRestaurant: 1, seed: 2 });
const dir = await useCliDataDir('forkcast-export-', [...log, ...outside]);

beforeAll(async () => {
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => duck?.closeSync());

const reader = { parquet: 'read_parquet', ndjson: 'read_json' } as const;
const files = (out: string, format: 'parquet' | 'ndjson') => `${reader[format]}('${out}/*/*/*.${format}', hive_partitioning = true)`;

/** Events per (day, type) as the log holds them. */
function countsOf(events: readonly EventEnvelope[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events) counts[`${dayOfId(e.id)} ${e.type}`] = (counts[`${dayOfId(e.id)} ${e.type}`] ?? 0) + 1;
  return counts;
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

describe.each(['parquet', 'ndjson'] as const)('forkcast export --format %s, read back by DuckDB', (format) => {
  const out = () => join(dir, `export-${format}`);

  it('has the log\'s counts per day and type, Hive-partitioned, and the content of sampled events', async () => {
    const run = await cli('export', '--from', '2033-02-01', '--to', '2033-02-03', '--format', format, '--out', out());
    expect(run.status).toBe(0);
    expect(run.out).toContain(`exported ${log.length} events`);
    expect((await readdir(out())).sort()).toEqual(['day=2033-02-01', 'day=2033-02-02', 'day=2033-02-03']);

    const counted = await rows(`SELECT day::VARCHAR AS day, type, count(*)::INTEGER AS n FROM ${files(out(), format)} GROUP BY ALL`);
    expect(Object.fromEntries(counted.map((r) => [`${r.day} ${r.type}`, r.n]))).toEqual(countsOf(log));

    const sample = [log[0]!, log[17]!, log[101]!, log.at(-1)!];
    const got = await rows(
      `SELECT id, stream, version::INTEGER AS version, type, "schemaVersion"::INTEGER AS "schemaVersion", strftime("occurredAt"::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%gZ') AS "occurredAt",
              "actorId", "actorRole", "correlationId", "causationId", "replayId", data::VARCHAR AS data
       FROM ${files(out(), format)} WHERE id IN (${sample.map((e) => `'${e.id}'`).join(', ')}) ORDER BY id`,
    );
    const expected = [...sample].sort((a, b) => (a.id < b.id ? -1 : 1)).map((e) => ({
      id: e.id, stream: e.stream, version: e.version, type: e.type, schemaVersion: e.schemaVersion, occurredAt: e.occurredAt,
      actorId: e.meta.actor.id, actorRole: e.meta.actor.role, correlationId: e.meta.correlationId, causationId: null, replayId: null, data: e.data,
    }));
    expect(got.map((r) => ({ ...r, data: JSON.parse(r.data as string) }))).toEqual(expected);
    // data is JSON the reader can reach into.
    const [named] = await rows(`SELECT json_extract_string(data, '$.name') AS name FROM ${files(out(), format)} WHERE id = '${log[0]!.id}'`);
    expect(named!.name).toBe((log[0]!.data as { name: string }).name);
  });

  it('replaces the days it exports again: no duplicates, and a narrower pattern leaves only its events', async () => {
    const again = await cli('export', '--from', '2033-02-02', '--to', '2033-02-02', '--format', format, '--out', out(), '--pattern', '{"detail-type": ["RestaurantListed"]}');
    expect(again.status).toBe(0);
    const counted = await rows(`SELECT day::VARCHAR AS day, type, count(*)::INTEGER AS n FROM ${files(out(), format)} GROUP BY ALL`);
    const expected = countsOf(log.filter((e) => dayOfId(e.id) !== '2033-02-02' || e.type === 'RestaurantListed'));
    expect(Object.fromEntries(counted.map((r) => [`${r.day} ${r.type}`, r.n]))).toEqual(expected);
    expect((await readdir(out())).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});

describe('forkcast export usage', () => {
  it('needs whole days, a format it knows and an output folder', async () => {
    expect((await cli('export', '--from', '2033-02-01T10:00:00Z', '--to', '2033-02-02', '--out', dir)).status).toBe(2);
    expect((await cli('export', '--from', '2033-02-01', '--to', '2033-02-02', '--format', 'csv', '--out', dir)).status).toBe(2);
    expect((await cli('export', '--from', '2033-02-01', '--to', '2033-02-02')).status).toBe(2);
  });
});
