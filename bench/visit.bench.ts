/**
 * Command latency of record-visit as a client sees it: HTTP request to the local gateway (JWT
 * verified, route matched, body validated), the diner and restaurant read from the log, the
 * visit decided and appended, response back, in a real `startLocalRuntime({inMemory: true})`.
 * Requests go out at a steady rate (open loop, so a slow response does not slow the load). The
 * baseline is the raw conditional PutItem of a visit envelope on the same dynalite at the same
 * rate, in the same run: the ratio is what the whole command path costs over the append itself.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { eventCatalog } from '@forkcast/events';
import { newVisitStream, stampEvent, toEventItem } from '@forkcast/core';
import { sampleRestaurant } from '@forkcast/core/testing';
import { startLocalRuntime } from '../packages/local/src/runtime/startLocalRuntime';
import type { Bench } from './bench';

// Each request would print its EMF metrics line: stdout on the same thread would be measured too.
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

const ratePerSecond = 10;
const seconds = 20;
const diners = 20;

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Starts `count` calls `1000/rate` ms apart, whatever the earlier ones are doing; returns each one's latency. */
async function steady(count: number, rate: number, one: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  const start = performance.now();
  const calls: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    calls.push((async () => {
      const sent = performance.now();
      await one(i);
      latencies.push(performance.now() - sent);
    })());
  }
  await Promise.all(calls);
  return latencies;
}

const bench: Bench = {
  title: 'Record-visit command latency through the local gateway',
  async run() {
    const runtime = await startLocalRuntime({ inMemory: true, port: 0 });
    try {
      const call = async (token: string, method: string, path: string, body: unknown, expected: number) => {
        const res = await fetch(`${runtime.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const text = await res.text();
        if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${text}`);
        return JSON.parse(text) as { id: string };
      };
      const staff = await runtime.issueToken({ role: 'staff', sub: 'bench-staff' });
      const { source: _s, externalId: _e, ...profile } = sampleRestaurant();
      const restaurant = (await call(staff, 'POST', '/restaurants', profile, 201)).id;
      const tokens = await Promise.all(Array.from({ length: diners }, (_, i) => runtime.issueToken({ role: 'diner', sub: `bench-diner-${i}` })));
      for (const [i, token] of tokens.entries()) await call(token, 'POST', '/me', { displayName: `Diner ${i}` }, 201);
      const today = new Date().toISOString().slice(0, 10);
      const recordVisit = async (i: number) => {
        await call(tokens[i % diners]!, 'POST', `/restaurants/${restaurant}/visits`, { visitedOn: today, overall: i % 3, factors: { food: (i + 1) % 3 } }, 201);
      };
      const data = { diner: 'diner-bench', restaurant, visitedOn: today, overall: 2 as const, factors: { food: 1 as const } };
      const rawAppend = async () => {
        const envelope = stampEvent({ type: 'VisitRecorded' as const, data }, {
          stream: newVisitStream(), currentVersion: 0, actor: { id: 'bench', role: 'diner' }, correlationId: 'bench', now: new Date(), catalog: eventCatalog,
        });
        await runtime.dynamo.client.send(new PutItemCommand({
          TableName: runtime.store.tableName, Item: toEventItem(envelope),
          ConditionExpression: 'attribute_not_exists(#v)', ExpressionAttributeNames: { '#v': 'version' },
        }));
      };

      await steady(40, ratePerSecond, recordVisit); // warm up JIT, handler modules and dynalite
      await steady(40, ratePerSecond, async () => rawAppend());
      const count = ratePerSecond * seconds;
      const raw = await steady(count, ratePerSecond, async () => rawAppend());
      const gateway = await steady(count, ratePerSecond, recordVisit);
      const [gp50, gp99, rp50, rp99] = [percentile(gateway, 50), percentile(gateway, 99), percentile(raw, 50), percentile(raw, 99)];
      const round = (x: number) => Number(x.toFixed(2));
      const load = `${ratePerSecond} requests/s for ${seconds} s (${count}), ${diners} diners, one restaurant`;
      return [
        { key: 'visit.gateway.p50Ms', value: round(gp50), unit: 'ms', description: `POST /restaurants/{id}/visits through the local gateway (JWT, validation, diner and restaurant read, decide, conditional append), median; ${load}; projections run on the same thread meanwhile` },
        { key: 'visit.gateway.p99Ms', value: round(gp99), unit: 'ms', description: 'same run, 99th percentile' },
        { key: 'visit.rawAppend.p50Ms', value: round(rp50), unit: 'ms', description: `raw conditional PutItem of a VisitRecorded envelope on the runtime's dynalite, median; same rate and count, same run` },
        { key: 'visit.rawAppend.p99Ms', value: round(rp99), unit: 'ms', description: 'same run, 99th percentile' },
        { key: 'visit.gatewayToRawAppendP50Ratio', value: round(gp50 / rp50), unit: 'x', description: 'record-visit through the gateway / raw append, medians, same run' },
        { key: 'visit.gatewayToRawAppendP99Ratio', value: round(gp99 / rp99), unit: 'x', description: 'record-visit through the gateway / raw append, 99th percentiles, same run' },
      ];
    } finally {
      await runtime.stop();
    }
  },
};

export default bench;
