import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dinerStreamFor, handleCommand, restaurantDecider } from '@forkcast/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import { dataDirLayout } from './dataDirLayout';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

let runtime: LocalRuntime;
let dir: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-schedules-'));
  // A one-day rate at this speed ticks every ~100 ms; a period of 1e-5 days is under a second.
  runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0, scheduleSpeed: 864_000, settings: { specialsStaleAfterDays: 1e-5 } });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function until<T>(probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('schedule timers (EventBridge Scheduler stand-in)', () => {
  it('runs the specials freshness check on its own: the stale owner\'s restaurant gets one reminder in the outbox and on its stream', async () => {
    const staff = await runtime.issueToken({ role: 'staff', sub: 'alice' });
    const post = (path: string, body: unknown) => fetch(`${runtime.url}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<{ stream: string }>);
    const { stream } = await post('/restaurants', { name: 'Timer Tasca', city: 'Testville', address: 'Rua 1', location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 2 });
    await post(`/restaurants/${stream}/contacts`, { email: 'owner@timer.example' });
    await handleCommand({
      store: runtime.store, decider: restaurantDecider, stream, actor: { id: 'onboarding', role: 'system' }, correlationId: 't',
      command: { type: 'ClaimRestaurant', data: { claimId: ulid(), owner: dinerStreamFor('bob') } },
    });
    await runtime.settle();

    const outbox = dataDirLayout(dir).outbox;
    const file = await until(async () => (await readdir(outbox).catch(() => [] as string[])).find((f) => f.startsWith('specials-reminder')));
    const mail = JSON.parse(await readFile(join(outbox, file), 'utf8'));
    expect(mail).toMatchObject({ to: 'owner@timer.example', subject: 'Time to refresh the specials of Timer Tasca' });
    const reminders = await until(async () => {
      const found = (await runtime.store.readStream(stream)).filter((e) => e.type === 'SpecialsReminderSent');
      return found.length > 0 ? found : undefined;
    });
    expect(reminders[0]!.data).toMatchObject({ owner: dinerStreamFor('bob'), periodDays: 1e-5 });
    await runtime.schedules.stop();
  });
});
