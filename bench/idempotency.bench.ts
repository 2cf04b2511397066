/**
 * What Idempotency-Key costs a command. POST /restaurants through the real listRestaurant handler
 * (pipeline, decider, conditional append) against one in-memory dynalite, in alternating rounds:
 * `baseline` without a key; `first` with a fresh key each time (adds a conditional PutItem before
 * and an UpdateItem after the command); `replay` retrying completed keys (a failed conditional
 * put and a GetItem, no command). Ratios are per round, same process, same dynalite.
 */
import type { Context } from 'aws-lambda';
import { DynamoEventStore, DynamoIdempotencyStore } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import { build } from '../packages/functions/src/restaurants/listRestaurant';
import { listRestaurantRoute } from '../packages/functions/src/restaurants/restaurantsRoutes';
import { apiEvent, staff } from '../packages/functions/src/testing/apiEvent';
import type { Bench } from './bench';
import { callsPerSecond, median } from './throughput';

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

const rounds = 6;
const perRound = 100;
const concurrency = 8;
const context = { functionName: 'bench', awsRequestId: 'bench', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

const timed = (count: number, one: (i: number) => Promise<unknown>) => callsPerSecond(count, concurrency, one);

const bench: Bench = {
  title: 'Idempotency-Key on commands',
  async run() {
    const db = await startDynalite();
    try {
      const handler = build({
        events: new DynamoEventStore({ client: db.client, tableName: db.tables.events }),
        idempotency: new DynamoIdempotencyStore({ client: db.client, tableName: db.tables.idempotency }),
      });
      const { source: _s, externalId: _e, ...body } = sampleRestaurant();
      let keys = 0;
      const used: string[] = [];
      const post = async (key?: string) => {
        const result = await handler(apiEvent(listRestaurantRoute, { body, claims: staff, headers: key ? { 'idempotency-key': key } : {} }), context);
        if (result.statusCode !== 201) throw new Error(`expected 201, got ${result.statusCode}: ${result.body}`);
      };
      const baseline = () => post();
      const first = () => {
        const key = `bench-${++keys}`;
        used.push(key);
        return post(key);
      };
      const replay = (i: number) => post(used[i % used.length]);
      await timed(60, baseline); // warm up JIT, SDK and dynalite before any measurement
      await timed(60, first);
      const figures = { baseline: [] as number[], first: [] as number[], replay: [] as number[], firstRatio: [] as number[], replayRatio: [] as number[] };
      for (let r = 0; r < rounds; r++) {
        figures.baseline.push(await timed(perRound, baseline));
        figures.first.push(await timed(perRound, first));
        figures.replay.push(await timed(perRound, replay));
        figures.firstRatio.push(figures.first.at(-1)! / figures.baseline.at(-1)!);
        figures.replayRatio.push(figures.replay.at(-1)! / figures.baseline.at(-1)!);
      }
      const how = `median of ${rounds} rounds of ${perRound}, ${concurrency} in flight, dynalite in memory`;
      return [
        { key: 'idempotency.baselineCommandsPerSec', value: Math.round(median(figures.baseline)), unit: 'commands/s', description: `POST /restaurants without Idempotency-Key through the handler, ${how}` },
        { key: 'idempotency.firstCommandsPerSec', value: Math.round(median(figures.first)), unit: 'commands/s', description: `the same with a fresh Idempotency-Key (begin + command + complete), ${how}` },
        { key: 'idempotency.replayCommandsPerSec', value: Math.round(median(figures.replay)), unit: 'commands/s', description: `retries of completed keys answered from the store, ${how}` },
        { key: 'idempotency.firstToBaselineRatio', value: Number(median(figures.firstRatio).toFixed(3)), unit: 'ratio', description: 'throughput with a fresh key / without, median of per-round ratios, same run' },
        { key: 'idempotency.replayToBaselineRatio', value: Number(median(figures.replayRatio).toFixed(3)), unit: 'ratio', description: 'throughput of replays / commands without a key, median of per-round ratios, same run' },
      ];
    } finally {
      await db.stop();
    }
  },
};

export default bench;
