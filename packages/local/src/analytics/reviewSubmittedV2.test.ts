import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { DynamoEventStore, DynamoViewStore, exportDay, foldProjection, projectEvent, readLog, rebuildProjection, restaurantReviewsProjection, type ReviewView } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { writeLogDirect } from '@forkcast/core/testing';
import type { EventEnvelope } from '@forkcast/events';

// ReviewSubmitted v2 added `language`; a v1 event stays in the log as written, and everything that
// reads the log sees it upcast (language `und`): reads, live projections, rebuilds and exports.
const day = '2034-06-01';
const at = Date.parse(`${day}T10:00:00Z`);
const meta = { actor: { id: 'diner-A', role: 'diner' as const }, correlationId: 'c-1' };
const restaurant = `restaurant-${ulid(at)}`;
const oldReview = `review-${ulid(at)}`;
const newReview = `review-${ulid(at + 1)}`;
const v1Data = { author: 'diner-A', restaurant, title: 'Great mole', body: 'We went twice.', stars: 5 };
const log: EventEnvelope[] = [
  { id: ulid(at), stream: oldReview, version: 1, type: 'ReviewSubmitted', schemaVersion: 1, occurredAt: new Date(at).toISOString(), data: v1Data, meta },
  { id: ulid(at + 1000), stream: oldReview, version: 2, type: 'ReviewShared', schemaVersion: 1, occurredAt: new Date(at + 1000).toISOString(), data: { sharer: 'diner-A', network: 'link', referralCode: '7QX4M2KD9P' }, meta },
  {
    id: ulid(at + 2000), stream: newReview, version: 1, type: 'ReviewSubmitted', schemaVersion: 2, occurredAt: new Date(at + 2000).toISOString(),
    data: { author: 'diner-B', restaurant, title: 'Ótimo', body: 'Voltaremos.', stars: 4, language: 'pt-BR' }, meta,
  },
];

let dynalite: DynaliteHandle;
let events: DynamoEventStore;
let views: DynamoViewStore;
let dir: string;
beforeAll(async () => {
  dynalite = await startDynalite();
  events = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
  views = new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views });
  dir = await mkdtemp(join(tmpdir(), 'forkcast-review-v2-'));
  await writeLogDirect(dynalite.client, dynalite.tables.events, log);
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const upcastOld = { ...v1Data, language: 'und' };

describe('ReviewSubmitted v1 in a v2 world', () => {
  it('stays v1 in the table: nothing rewrites the log', async () => {
    const { Items } = await dynalite.client.send(new ScanCommand({ TableName: dynalite.tables.events }));
    const stored = Items!.map((i) => unmarshall(i)).find((i) => i.id === log[0]!.id)!;
    expect(stored.schemaVersion).toBe(1);
    expect(JSON.stringify(stored)).not.toContain('language');
  });

  it('reads (stream and time order) return the upcast shape at schemaVersion 2', async () => {
    const [submitted] = await events.readStream(oldReview);
    expect({ schemaVersion: submitted!.schemaVersion, data: submitted!.data }).toEqual({ schemaVersion: 2, data: upcastOld });
    const byTime = [];
    for await (const e of readLog({ store: events, bus: { account: '000000000000', region: 'us-east-1' }, query: { from: day, to: day, pattern: '{"detail-type":["ReviewSubmitted"]}' } })) byTime.push(e);
    expect(byTime.map((e) => [e.stream, e.schemaVersion, (e.data as { language: string }).language])).toEqual([[oldReview, 2, 'und'], [newReview, 2, 'pt-BR']]);
  });

  it('a live projection, a rebuild and the in-memory fold agree on the upcast view', async () => {
    for (const event of log) await projectEvent({ projection: restaurantReviewsProjection, event, views, store: events });
    const live = await views.get<ReviewView>(restaurantReviewsProjection.name, oldReview);
    expect(live!.view).toMatchObject({ language: 'und', shares: 1, title: 'Great mole' });

    const result = await rebuildProjection({ projection: restaurantReviewsProjection, store: events, views, from: day, lateWindowMs: 0, clock: () => new Date(at + 86_400_000) });
    expect(result.generation).toBeGreaterThan(result.previousGeneration);
    for (const stream of [oldReview, newReview]) {
      const rebuilt = await views.get<ReviewView>(restaurantReviewsProjection.name, stream);
      expect(rebuilt!.view).toEqual(stream === oldReview ? live!.view : expect.objectContaining({ language: 'pt-BR' }));
      expect(rebuilt!.view).toEqual(foldProjection(restaurantReviewsProjection, await events.readStream(stream)));
    }
    const listed = await views.query<ReviewView>(restaurantReviewsProjection.name, 'restaurant', restaurant);
    expect(listed.items.map((i) => i.view!.language).sort()).toEqual(['pt-BR', 'und']);
  });

  it.each(['parquet', 'ndjson'] as const)('the %s export writes the upcast data with the schemaVersion of that shape (DuckDB read-back)', async (format) => {
    const out = join(dir, format);
    const sink = { put: async (key: string, body: Buffer) => { await mkdir(dirname(join(out, key)), { recursive: true }); await writeFile(join(out, key), body); } };
    const result = await exportDay({ day, events: readLog({ store: events, bus: { account: '000000000000', region: 'us-east-1' }, query: { from: day, to: day } }), format, sink });
    expect(result.events).toBe(log.length);
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    try {
      const reader = format === 'parquet' ? 'read_parquet' : 'read_json';
      const rows = (await duck.runAndReadAll(
        `SELECT stream, "schemaVersion"::INTEGER AS v, json_extract_string(data, '$.language') AS language FROM ${reader}('${out}/*/*/*.${format}', hive_partitioning = true) WHERE type = 'ReviewSubmitted' ORDER BY id`,
      )).getRowObjectsJson();
      expect(rows).toEqual([{ stream: oldReview, v: 2, language: 'und' }, { stream: newReview, v: 2, language: 'pt-BR' }]);
    } finally {
      duck.closeSync();
    }
  });
});
