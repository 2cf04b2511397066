import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { foldProjection, restaurantProfileProjection, restaurantsByCityProjection, seededRandom, type Projection } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { afterAll, describe, expect, it } from 'vitest';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import { readLogAndViews } from '../testing/readLogAndViews';
import { spawnDevRuntime, type SpawnedRuntime } from '../testing/spawnDevRuntime';
import { dataDirLayout } from './dataDirLayout';

const KILLS = 6;
const IN_FLIGHT = 4;
const CITIES = ['Crashville', 'Kill Nine', 'Restartburg'];

let dir: string | undefined;
let running: SpawnedRuntime | undefined;
afterAll(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Acknowledged {
  stream: string;
  name: string;
  city: string;
  /** The highest version a command on this stream was acknowledged with. */
  version: number;
}

interface AcknowledgedUpdate {
  stream: string;
  version: number;
  name: string;
}

interface LoadState {
  next: number;
  stop: boolean;
  acknowledged: Acknowledged[];
  updates: AcknowledgedUpdate[];
}

/**
 * Commands, IN_FLIGHT at a time, until `stop` is set: mostly POST /restaurants, every fourth a
 * PATCH renaming an acknowledged one (so streams grow and per-stream order matters). Keeps what
 * was answered 201/202.
 */
async function load(runtime: SpawnedRuntime, token: string, state: LoadState) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const worker = async () => {
    while (!state.stop) {
      const i = state.next++;
      const name = `Crash Test ${i}`;
      const target = i % 4 === 3 && state.acknowledged.length > 0 ? state.acknowledged[(i * 7919) % state.acknowledged.length]! : undefined;
      const city = CITIES[i % CITIES.length]!;
      const body = target
        ? { name, priceRange: 1 + (i % 4) }
        : { name, city, address: `Rua ${i}, ${city}`, location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 1 + (i % 4) };
      try {
        const response = await fetch(`${runtime.url}/restaurants${target ? `/${target.stream}` : ''}`, {
          method: target ? 'PATCH' : 'POST',
          headers,
          body: JSON.stringify(body),
        });
        if (response.status === 201) {
          const { stream, version } = (await response.json()) as { stream: string; version: number };
          state.acknowledged.push({ stream, name, city, version });
        } else if (response.status === 202 && target) {
          const { version } = (await response.json()) as { version: number };
          state.updates.push({ stream: target.stream, version, name });
          target.version = Math.max(target.version, version);
        } else await response.body?.cancel();
      } catch {
        // The kill cut this request off: not acknowledged, so it may or may not be in the log.
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

async function staffToken(runtime: SpawnedRuntime, dataDir: string): Promise<string> {
  // The issuer is the runtime's URL, and PORT=0 gives each start another one.
  const key = await loadOrCreateSigningKey(dataDirLayout(dataDir).signingKey);
  return issueToken({ key, issuer: runtime.url, sub: 'crash-test', role: 'staff', ttlSeconds: 600 });
}

async function byCity(url: string, city: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  do {
    const response = await fetch(`${url}/restaurants?city=${encodeURIComponent(city)}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    const page = (await response.json()) as { items: { id: string }[]; cursor?: string };
    for (const item of page.items) ids.add(item.id);
    cursor = page.cursor;
  } while (cursor);
  return ids;
}

/** Acknowledged restaurants missing from either view, once the runtime had `withinMs` to catch up. */
async function missingFromViews(url: string, acknowledged: Acknowledged[], withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const missing: string[] = [];
    const lists = new Map(await Promise.all(CITIES.map(async (city) => [city, await byCity(url, city)] as const)));
    for (const a of acknowledged) {
      if (!lists.get(a.city)!.has(a.stream)) missing.push(`${a.stream} (by-city)`);
      const profile = await fetch(`${url}/restaurants/${a.stream}`);
      if (profile.status !== 200) {
        await profile.body?.cancel();
        missing.push(`${a.stream} (profile ${profile.status})`);
        continue;
      }
      const { version } = (await profile.json()) as { version: number };
      if (version < a.version) missing.push(`${a.stream} (profile at v${version}, v${a.version} acknowledged)`);
    }
    if (missing.length === 0 || Date.now() > deadline) return missing;
    await sleep(500);
  }
}

describe('the local runtime under SIGKILL', () => {
  it('delivers every acknowledged command to every view after kills at random moments, and the views equal a rebuild', { timeout: 150_000 }, async () => {
    dir = await mkdtemp(join(tmpdir(), 'forkcast-crash-'));
    const random = seededRandom(20261201);
    const state: LoadState = { next: 0, stop: false, acknowledged: [], updates: [] };
    let resumed = 0;

    for (let kill = 0; kill < KILLS; kill++) {
      running = await spawnDevRuntime(dir);
      const token = await staffToken(running, dir);
      state.stop = false;
      const loading = load(running, token, state);
      // Kill at a random moment, but only once this round has had commands acknowledged: on a
      // loaded machine a fixed delay can pass before the first one, and the test would prove little.
      const roundStart = state.acknowledged.length;
      const progressBy = Date.now() + 60_000;
      while (state.acknowledged.length < roundStart + 12 && Date.now() < progressBy) await sleep(25);
      await sleep(Math.floor(random() * 1800));
      running.child.kill('SIGKILL');
      await running.exited;
      state.stop = true;
      await loading;
      resumed += Number(/bus: resumed (\d+)/.exec(running.output())?.[1] ?? 0);
    }

    running = await spawnDevRuntime(dir);
    const missing = await missingFromViews(running.url, state.acknowledged, 20_000);
    const health = (await (await fetch(`${running.url}/health`)).json()) as { recovery?: { uncleanStop?: unknown; resumedDeliveries: number }; delivery?: { backlog: number } };
    resumed += health.recovery?.resumedDeliveries ?? 0;
    // The runtime's own account of its recovery, minus the request lines, explains a failure.
    const output = running.output().split('\n').filter((l) => !/ (GET|POST) \//.test(l)).join('\n');
    running.child.kill('SIGTERM');
    await running.exited;
    running = undefined;

    expect(state.acknowledged.length).toBeGreaterThan(50);
    expect(state.updates.length).toBeGreaterThan(10);
    console.log(`crash test: ${state.acknowledged.length} restaurants + ${state.updates.length} updates acknowledged, ${KILLS} kills, ${resumed} deliveries resumed from journals, ${missing.length} missing from views`);
    expect(missing, output).toEqual([]);
    expect(output).toMatch(/did not stop cleanly/);
    expect(health.recovery?.uncleanStop).toBeDefined();

    const dynamo = await startDynalite({ path: dataDirLayout(dir).dynamodb, tables: false });
    try {
      const { streams, views } = await readLogAndViews(dynamo);
      // Each command carries a name no other command used: count where each name landed in the log.
      const names = new Map<string, number>();
      for (const events of streams.values()) {
        for (const e of events) {
          const name = (e.data as { name?: string }).name;
          if (name) names.set(name, (names.get(name) ?? 0) + 1);
        }
      }
      for (const a of state.acknowledged) {
        expect(streams.get(a.stream)?.[0]?.type, a.stream).toBe('RestaurantListed');
        expect(names.get(a.name), a.name).toBe(1);
      }
      for (const u of state.updates) {
        expect(streams.get(u.stream)?.[u.version - 1], `${u.stream}@${u.version}`).toMatchObject({ type: 'RestaurantProfileUpdated', data: { name: u.name } });
        expect(names.get(u.name), u.name).toBe(1);
      }
      for (const item of views) {
        expect(streams.get(item.stream)?.length ?? 0, `view ${item.projection} of ${item.stream} has an empty stream`).toBeGreaterThan(0);
      }
      for (const projection of [restaurantProfileProjection, restaurantsByCityProjection] as Projection<unknown>[]) {
        const stored = new Map(views.filter((v) => v.projection === projection.name).map((v) => [v.stream, v]));
        for (const [stream, events] of streams) {
          if (!stream.startsWith('restaurant-')) continue;
          const rebuilt = foldProjection(projection, events);
          const item = stored.get(stream);
          expect(item?.view ?? null, `${projection.name} of ${stream}`).toEqual(rebuilt);
          if (item) expect(item.version).toBe(events.at(-1)!.version);
        }
      }
    } finally {
      await dynamo.stop();
    }
  });
});
