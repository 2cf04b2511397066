import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventBridgeEvent, EventEnvelope } from '@forkcast/events';
import { subscriptions as subscriptionTable, type Dependencies, type Subscription } from '@forkcast/functions';
import type { DeadLetter } from '../../bus/deadLetter';
import { fileDeadLetterStore } from '../../bus/fileDeadLetterStore';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import runDlq from './dlq';
import runRedrive from './redrive';

const redriven = vi.hoisted(() => ({ target: undefined as undefined | ((deps: any, event: any) => Promise<void>) }));
vi.mock('../../../../functions/src/restaurants/projectRestaurantsByCity.ts', () => ({
  handler: () => Promise.reject(new Error('AWS entry not used locally')),
  build: (deps: unknown) => (event: unknown) => redriven.target!(deps, event),
}));

function deadLetter(subscriptionId: string, n: number, type = 'RestaurantListed'): DeadLetter {
  const detail: EventEnvelope = {
    id: `01JH${String(n).padStart(22, '0')}`,
    stream: `restaurant-${n}`,
    version: n,
    type,
    schemaVersion: 1,
    occurredAt: '2026-01-01T00:00:00.000Z',
    data: {},
    meta: { actor: { id: 'u', role: 'staff' }, correlationId: 'c' },
  };
  const event: EventBridgeEvent = {
    version: '0', id: `eb-${n}`, 'detail-type': type, source: 'forkcast.restaurants', account: '0', time: '2026-01-01T00:00:00Z', region: 'r', resources: [], detail,
  };
  return {
    subscriptionId, target: subscriptionId, event, error: { name: 'Error', message: `boom ${n}\nsecond line` }, attempts: 186,
    firstAttemptAt: '2026-01-01T00:00:00.000Z', lastAttemptAt: '2026-01-02T00:00:00.000Z',
  };
}

function capture() {
  let out = '';
  let err = '';
  return { options: { out: (t: string) => void (out += t), err: (t: string) => void (err += t) }, out: () => out, err: () => err };
}

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'forkcast-dlq-cli-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('forkcast dlq list', () => {
  it('says so when there are no dead letters', async () => {
    const io = capture();
    expect(await runDlq(['list'], { dataDir, ...io.options })).toBe(0);
    expect(io.out()).toBe('no dead letters\n');
  });

  it('shows one row per dead letter, all or of one subscription, or JSON', async () => {
    const store = fileDeadLetterStore(dataDir);
    await store.add(deadLetter('restaurant-profile', 1));
    await store.add(deadLetter('restaurants-by-city', 2, 'RestaurantDelisted'));
    await store.add(deadLetter('restaurants-by-city', 3));

    const all = capture();
    expect(await runDlq(['list'], { dataDir, ...all.options })).toBe(0);
    const lines = all.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SUBSCRIPTION\s+EVENT ID\s+TYPE\s+STREAM@VERSION\s+ERROR\s+ATTEMPTS\s+LAST ATTEMPT$/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^restaurants-by-city\s+01JH0+2\s+RestaurantDelisted\s+restaurant-2@2\s+Error: boom 2 second line\s+186\s+2026-01-02T00:00:00.000Z$/);
    expect(lines[4]).toBe('3 dead letters');

    const one = capture();
    expect(await runDlq(['list', 'restaurant-profile'], { dataDir, ...one.options })).toBe(0);
    expect(one.out()).toContain('restaurant-1@1');
    expect(one.out()).not.toContain('restaurants-by-city');

    const json = capture();
    expect(await runDlq(['list', 'restaurants-by-city', '--json'], { dataDir, ...json.options })).toBe(0);
    expect((JSON.parse(json.out()) as DeadLetter[]).map((e) => e.event.id)).toEqual(['eb-2', 'eb-3']);
  });

  it('rejects other actions and unknown flags with exit 2', async () => {
    const io = capture();
    expect(await runDlq(['purge'], { dataDir, ...io.options })).toBe(2);
    expect(await runDlq(['list', '--nope'], { dataDir, ...io.options })).toBe(2);
    expect(io.err()).toContain('usage: forkcast dlq list');
  });
});

describe('forkcast redrive (runtime not running)', () => {
  let healthy: Set<string>;
  const delivered: string[] = [];
  // A real row of the table; its handler module (mocked below) is built with the data dir's own stores.
  const subscriptions: Subscription[] = subscriptionTable.filter((s) => s.id === 'restaurants-by-city');
  redriven.target = async (deps: Dependencies, event: EventBridgeEvent) => {
    // the data dir's dynalite is open, as for a real projection
    expect(await deps.events.readStream('restaurant-none')).toEqual([]);
    if (!healthy.has(event.detail.id)) throw new Error(`still broken: ${event.detail.id}`);
    delivered.push(event.detail.id);
  };

  beforeEach(async () => {
    healthy = new Set();
    delivered.length = 0;
    const store = fileDeadLetterStore(dataDir);
    await store.add(deadLetter('restaurants-by-city', 1));
    await store.add(deadLetter('restaurants-by-city', 2));
  });

  it('delivers what it can, keeps and reports the rest, and exits 1 when something failed', async () => {
    healthy.add(deadLetter('', 1).event.detail.id);
    const io = capture();
    expect(await runRedrive(['restaurants-by-city'], { dataDir, subscriptions, ...io.options })).toBe(1);
    expect(io.out()).toMatch(/^delivered  01JH0+1 RestaurantListed restaurant-1@1$/m);
    expect(io.out()).toMatch(/^failed     01JH0+2 RestaurantListed restaurant-2@2: Error: still broken: 01JH0+2 \(attempt 187\)$/m);
    expect(io.out()).toContain('restaurants-by-city: 1 delivered, 1 failed');
    expect((await fileDeadLetterStore(dataDir).list()).map((e) => [e.event.id, e.attempts])).toEqual([['eb-2', 187]]);

    healthy.add(deadLetter('', 2).event.detail.id);
    const again = capture();
    expect(await runRedrive(['restaurants-by-city', '--id', 'eb-2'], { dataDir, subscriptions, ...again.options })).toBe(0);
    expect(again.out()).toContain('1 delivered, 0 failed');
    expect(await fileDeadLetterStore(dataDir).list()).toEqual([]);
    expect(delivered).toEqual([deadLetter('', 1).event.detail.id, deadLetter('', 2).event.detail.id]);
  });

  it('reports ids that are not in the queue and exits 1', async () => {
    const io = capture();
    expect(await runRedrive(['restaurants-by-city', '--id', 'missing'], { dataDir, subscriptions, ...io.options })).toBe(1);
    expect(io.out()).toContain('not found  missing');
    expect(await fileDeadLetterStore(dataDir).list()).toHaveLength(2);
  });

  it('says there is nothing to redrive on a fresh data dir (no dlq/ yet), without a stack trace', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'forkcast-fresh-'));
    try {
      const io = capture();
      expect(await runRedrive(['restaurants-by-city'], { dataDir: fresh, subscriptions, ...io.options })).toBe(0);
      expect(io.out()).toBe('restaurants-by-city: nothing to redrive\n');
      expect(io.err()).toBe('');
      const wrong = capture();
      expect(await runRedrive(['nothing'], { dataDir: fresh, subscriptions, ...wrong.options })).toBe(1);
      expect(wrong.err()).toMatch(/^forkcast redrive: .*no subscription nothing/);
      expect(wrong.err()).not.toMatch(/\n\s+at /);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('refuses an unknown subscription, a busy data dir and bad arguments', async () => {
    const io = capture();
    expect(await runRedrive(['nothing'], { dataDir, subscriptions, ...io.options })).toBe(1);
    expect(io.err()).toContain('no subscription nothing');
    expect(await runRedrive([], { dataDir, subscriptions, ...io.options })).toBe(2);

    await writeFile(dataDirLayout(dataDir).runtimeLock, JSON.stringify({ pid: process.pid, kind: 'import', startedAt: '' }));
    const busy = capture();
    expect(await runRedrive(['restaurants-by-city'], { dataDir, subscriptions, ...busy.options })).toBe(1);
    expect(busy.err()).toContain('in use by forkcast import');
    expect(await fileDeadLetterStore(dataDir).list()).toHaveLength(2);
  });
});
