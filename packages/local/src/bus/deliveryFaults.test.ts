import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unavailableWorkflows, DynamoEventStore, DynamoViewStore, foldProjection, handleCommand, listRestaurantsByCity, newRestaurantStream, restaurantDecider, restaurantProfileProjection, restaurantsByCityProjection, type AnyProjection, type Projection, type RestaurantCommand } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import { subscriptions } from '@forkcast/functions';
import runDlq from '../cli/commands/dlq';
import runRedrive from '../cli/commands/redrive';
import { createChangeFeed } from '../feed/createChangeFeed';
import { memoryCheckpointStore } from '../feed/feedCheckpoint';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { localDependencies } from '../runtime/localDependencies';
import { createHandlerLoader } from '../handlers/createHandlerLoader';
import { withHandlerLoaders } from './withHandlerLoaders';
import { findFirstDay } from '../runtime/scanLog';
import type { BusSubscription, EventBridgeTargetHandler } from './busSubscription';
import { createLocalBus } from './createLocalBus';
import { createRedriveHandler, redrivePathPrefix } from './createRedriveHandler';
import type { LocalBus } from './localBus';

/**
 * The must-show: one projection throws on one event; everything else is delivered; the
 * event is dead-lettered after the configured attempts; once the fault is gone, `forkcast redrive`
 * delivers it and every view equals a rebuild from the log.
 */
describe('a poison event in one projection', () => {
  let dynamo: DynaliteHandle;
  let dataDir: string;
  let store: DynamoEventStore;
  let views: DynamoViewStore;
  let bus: LocalBus;
  let server: Server;
  let faultOn: string | undefined;
  const streams: string[] = [];
  const projections: AnyProjection[] = [restaurantProfileProjection, restaurantsByCityProjection];

  // The real table, with a fault injected into the restaurants-by-city target.
  const faultySubscriptions = (real: BusSubscription[]): BusSubscription[] => real.map((s) => {
    const target = s.target;
    if (s.id !== 'restaurants-by-city' || !('load' in target)) return s;
    const load = async (): Promise<EventBridgeTargetHandler> => {
      const real = await target.load();
      return async (event, context) => {
        if (event.detail.id === faultOn) throw new RangeError(`injected fault on ${event.detail.id}`);
        return real(event, context);
      };
    };
    return { ...s, target: { ...target, load } };
  });

  const run = (command: RestaurantCommand, stream: string) =>
    handleCommand({ store, decider: restaurantDecider, stream, command, actor: { id: 'staff-1', role: 'staff' }, correlationId: 'test' });

  const rebuilt = async <View>(projection: Projection<View, any>, stream: string) => foldProjection(projection, await store.readStream(stream));

  const quiet = () => {
    let text = '';
    return { out: (t: string) => void (text += t), text: () => text };
  };

  beforeAll(async () => {
    dynamo = await startDynalite();
    dataDir = await mkdtemp(join(tmpdir(), 'forkcast-faults-'));
    const deps = localDependencies({
      dynamo, layout: dataDirLayout(dataDir), publicUrl: () => 'http://localhost:0',
      credentials: { accessKeyId: 'local', secretAccessKey: 'test-secret' }, workflows: unavailableWorkflows('no workflows here'),
      linkSecret: 'a test link secret of at least 32 characters',
    });
    store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
    views = new DynamoViewStore({ client: dynamo.client, tableName: dynamo.tables.views });
    bus = createLocalBus({ subscriptions: faultySubscriptions(withHandlerLoaders(subscriptions.filter((s) => s.target.kind === 'projection'), createHandlerLoader(deps))), dataDir, retry: { maximumRetryAttempts: 2 }, backoff: () => 5 });

    // The runtime's side of `forkcast redrive`: the gateway route and the lock file naming its URL.
    const redrive = createRedriveHandler(bus);
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname.startsWith(redrivePathPrefix)) void redrive(request, response, url);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await writeFile(dataDirLayout(dataDir).runtimeLock, JSON.stringify({ pid: process.pid, kind: 'dev', url, startedAt: new Date().toISOString() }));
  });

  afterAll(async () => {
    await bus?.stop();
    await new Promise((resolve) => server?.close(resolve));
    await dynamo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('delivers everything else, dead-letters the poison event, and redrive heals the view', async () => {
    const [a, b, c] = [newRestaurantStream(), newRestaurantStream(), newRestaurantStream()];
    streams.push(a, b, c);
    await run({ type: 'ListRestaurant', data: sampleRestaurant({ name: 'Alpha', city: 'Makati City' }) }, a);
    await run({ type: 'ListRestaurant', data: sampleRestaurant({ name: 'Bravo', city: 'Makati City' }) }, b);
    const moved = await run({ type: 'UpdateRestaurantProfile', data: { city: 'Pasay City' } }, a);
    await run({ type: 'ListRestaurant', data: sampleRestaurant({ name: 'Charlie', city: 'Pasay City' }) }, c);
    await run({ type: 'DelistRestaurant', data: { reason: 'closed' } }, b);
    const poison = moved.event!;
    faultOn = poison.id;

    // append -> change feed -> bus -> projection Lambdas -> Views, as the runtime wires them
    const feed = createChangeFeed({ store, bus, checkpoints: memoryCheckpointStore(), findFirstDay: () => findFirstDay(dynamo.client, dynamo.tables.events) });
    expect(await feed.pollOnce()).toBe(5);
    await bus.drain();

    // the other subscription took every event, the poison one included
    for (const stream of streams) {
      expect((await views.get(restaurantProfileProjection.name, stream))?.view).toEqual(await rebuilt(restaurantProfileProjection, stream));
    }
    // the faulty one took every other event...
    for (const stream of [b, c]) {
      expect((await views.get(restaurantsByCityProjection.name, stream))?.view ?? null).toEqual(await rebuilt(restaurantsByCityProjection, stream));
    }
    // ...and is stuck before the poison event: Alpha still listed in its old city
    expect((await views.get(restaurantsByCityProjection.name, a))?.version).toBe(1);
    expect((await listRestaurantsByCity(views, 'Makati City')).items.map((r) => r.name)).toEqual(['Alpha']);

    const dead = await bus.dlq.list();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({
      subscriptionId: 'restaurants-by-city',
      attempts: 3,
      error: { name: 'RangeError', message: `injected fault on ${poison.id}` },
    });
    expect(dead[0]!.event).toMatchObject({ 'detail-type': 'RestaurantProfileUpdated', source: 'forkcast.restaurants', detail: poison });

    const listed = quiet();
    expect(await runDlq(['list'], { dataDir, out: listed.out })).toBe(0);
    expect(listed.text()).toContain(poison.id);
    expect(listed.text()).toMatch(/restaurants-by-city .*RestaurantProfileUpdated .*@2 .*RangeError: injected fault/);

    // redrive while the fault is still there: reported, exit 1, the entry stays with the new attempt
    const failedRun = quiet();
    expect(await runRedrive(['restaurants-by-city'], { dataDir, out: failedRun.out, err: failedRun.out })).toBe(1);
    expect(failedRun.text()).toContain(`failed     ${poison.id}`);
    expect(await bus.dlq.list('restaurants-by-city')).toMatchObject([{ attempts: 4 }]);

    faultOn = undefined;
    const healed = quiet();
    expect(await runRedrive(['restaurants-by-city', '--id', poison.id], { dataDir, out: healed.out, err: healed.out })).toBe(0);
    expect(healed.text()).toContain(`delivered  ${poison.id}`);
    expect(await bus.dlq.list()).toEqual([]);

    for (const projection of projections) {
      for (const stream of streams) {
        const stored = await views.get(projection.name, stream);
        expect(stored?.view ?? null, `${projection.name} ${stream}`).toEqual(await rebuilt(projection, stream));
        expect(stored?.version).toBe((await store.readStream(stream)).at(-1)!.version);
      }
    }
    expect((await listRestaurantsByCity(views, 'Pasay City')).items.map((r) => r.name)).toEqual(['Alpha', 'Charlie']);
    expect((await listRestaurantsByCity(views, 'Makati City')).items).toEqual([]);
  });
});
