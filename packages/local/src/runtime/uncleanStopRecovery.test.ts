import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleRestaurant } from '@forkcast/core/testing';
import { eventCatalog, toEventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { ulid } from 'ulid';
import { subscriptions } from '@forkcast/functions';
import { afterAll, describe, expect, it } from 'vitest';
import { deliveryJournalPath } from '../bus/fileDeliveryJournal';
import type { CliIo } from '../cli/cliIo';
import { main } from '../cli/main';
import { dataDirLayout } from './dataDirLayout';
import { localAccountId, localRegion } from './localEnvironment';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

const deadPid = 2 ** 22 + 777;
let dir: string | undefined;
let runtime: LocalRuntime | undefined;
const previousDataDir = process.env.FORKCAST_DATA_DIR;
afterAll(async () => {
  await runtime?.stop();
  if (previousDataDir === undefined) delete process.env.FORKCAST_DATA_DIR;
  else process.env.FORKCAST_DATA_DIR = previousDataDir;
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function status(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (out += t), isTTY: false };
  const code = await main(['status', ...args], io);
  return { code, out };
}

describe('a start after an unclean stop', () => {
  it('says so, removes the temp files the kill left, resumes journalled deliveries, and health and status tell', async () => {
    process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
    dir = await mkdtemp(join(tmpdir(), 'forkcast-unclean-'));
    process.env.FORKCAST_DATA_DIR = dir;
    const layout = dataDirLayout(dir);
    // What a SIGKILL leaves: the lock, a temp file mid-write, and a delivery accepted but not delivered.
    await writeFile(layout.runtimeLock, JSON.stringify({ pid: deadPid, kind: 'dev', startedAt: '2026-11-30T10:00:00.000Z' }));
    const temp = `${layout.feedCheckpoint}.${deadPid}.1764500000000.tmp`;
    await writeFile(temp, '{"waterm');
    const stream = `restaurant-${ulid()}`;
    const envelope = {
      id: ulid(), stream, version: 1, type: 'RestaurantListed', schemaVersion: eventCatalog.latestVersion('RestaurantListed'),
      occurredAt: new Date().toISOString(), data: sampleRestaurant({ name: 'Journal Survivor', city: 'Resumeville' }),
      meta: { actor: { id: 'staff-1', role: 'staff' }, correlationId: 'c' },
    } as EventEnvelope;
    const payload = JSON.stringify(toEventBridgeEvent(envelope, { account: localAccountId, region: localRegion }));
    await mkdir(join(dir, 'deliveries'), { recursive: true });
    await writeFile(deliveryJournalPath(dir, 'restaurant-profile'), JSON.stringify({ a: 7, t: Date.now() - 5000, p: payload }) + '\n');

    const lines: string[] = [];
    runtime = await startLocalRuntime({ dataDir: dir, port: 0, log: (line) => lines.push(line) });
    const log = lines.join('\n');
    expect(log).toContain(`the previous runtime (pid ${deadPid}, started 2026-11-30T10:00:00.000Z) did not stop cleanly`);
    expect(log).toContain('removed 1 stale temp file');
    expect(log).toContain('bus: resumed 1 undelivered deliveries (restaurant-profile 1)');
    expect(await readdir(dir)).not.toContain(temp.slice(dir.length + 1));

    await runtime.bus.drain();
    const profile = await fetch(`${runtime.url}/restaurants/${stream}`);
    expect(profile.status).toBe(200);
    expect(await profile.json()).toMatchObject({ name: 'Journal Survivor' });

    const health = (await (await fetch(`${runtime.url}/health`)).json()) as Record<string, any>;
    expect(health.recovery).toEqual({ uncleanStop: { pid: deadPid, kind: 'dev', startedAt: '2026-11-30T10:00:00.000Z' }, removedTempFiles: 1, resumedDeliveries: 1 });
    expect(health.delivery).toMatchObject({ durable: true, backlog: 0, deadLetters: 0 });
    expect(health.delivery.subscriptions.map((s: { id: string }) => s.id)).toEqual(subscriptions.map((s) => s.id));
    expect(health.feed.lagMs).toBeGreaterThanOrEqual(0);
    expect(health.feed.unconfirmed).toEqual([]);

    const live = await status();
    expect(live.code).toBe(0);
    expect(live.out).toContain(`runtime    running at ${runtime.url}: healthy`);
    expect(live.out).toMatch(/feed {7}lag \d+(\.\d)? m?s/);
    expect(live.out).toMatch(/restaurant-profile +0 +0 +0 +none/);
    expect(live.out).toContain(`after an unclean stop (pid ${deadPid}`);

    await runtime.stop();
    runtime = undefined;
    const down = await status();
    expect(down.out).toContain('runtime    not running');
    expect(down.out).not.toContain('did not stop cleanly');
    expect(down.out).toContain('backlog 0; dead letters 0');

    await writeFile(layout.runtimeLock, JSON.stringify({ pid: deadPid, kind: 'dev', startedAt: '2026-12-01T10:00:00.000Z' }));
    await writeFile(deliveryJournalPath(dir, 'restaurants-by-city'), JSON.stringify({ a: 1, t: Date.now() - 90_000, p: payload }) + '\n');
    const crashed = await status();
    expect(crashed.out).toContain(`the last run (pid ${deadPid}, started 2026-12-01T10:00:00.000Z) did not stop cleanly`);
    expect(crashed.out).toMatch(new RegExp(`oldest undelivered: ${envelope.id} \\(${stream}@1, 1\\.5 min old|oldest undelivered: ${envelope.id} \\(${stream}@1, 9\\d\\.\\d s old`));
    expect(JSON.parse((await status('--json')).out)).toMatchObject({ running: false, delivery: { backlog: 1 } });
  });
});
