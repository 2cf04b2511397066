import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ulid } from 'ulid';
import {
  type AnyProjection, DynamoEventStore, DynamoViewStore, listRestaurantsByCity, projectEvent, restaurantProfileProjection, restaurantsByCityProjection,
  unavailableWorkflows,
} from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { sampleLog, sampleRestaurant, writeLogDirect } from '@forkcast/core/testing';
import type { EventEnvelope } from '@forkcast/events';
import { workflows } from '@forkcast/functions';
import { VirtualClock } from '@forkcast/states';
import { createHandlerLoader } from '../handlers/createHandlerLoader';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { localDependencies } from '../runtime/localDependencies';
import { createWorkflowHost, type WorkflowLambdaHandler } from '../workflows/createWorkflowHost';
import { driveUntil } from '../workflows/driveUntil';

let dynalite: DynaliteHandle;
let dir: string;
let events: DynamoEventStore;
let views: DynamoViewStore;
const projections: AnyProjection[] = [restaurantProfileProjection, restaurantsByCityProjection];
const cities = ['Makati City', 'Taguig City', 'New Delhi', 'Gurgaon', 'Doha'];
// The log ends before now, so the rebuild's days (to today) and its catch-up (to now) cover it.
const start = Date.now() - 4 * 86_400_000;
const log = sampleLog({ start, days: 3, restaurants: 40, eventsPerRestaurant: 4 });
const from = new Date(start).toISOString().slice(0, 10);
const dayCount = 1 + Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(from)) / 86_400_000);
// A command that arrives while the first rebuild runs its days (appended and delivered live then).
const lateStream = `restaurant-${ulid()}`;
const lateEvent = (): EventEnvelope => ({
  id: ulid(), stream: lateStream, version: 1, type: 'RestaurantListed', schemaVersion: 2, occurredAt: new Date().toISOString(),
  data: { ...sampleRestaurant({ city: 'Doha', externalId: 'late' }), name: 'Late' }, meta: { actor: { id: 'staff-1', role: 'staff' }, correlationId: 'c-late' },
});

beforeAll(async () => {
  dynalite = await startDynalite();
  dir = await mkdtemp(join(tmpdir(), 'forkcast-rebuild-workflow-'));
  events = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
  views = new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views });
  await writeLogDirect(dynalite.client, dynalite.tables.events, log);
  for (const event of [...log].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const projection of projections) await projectEvent({ projection, event, views, store: events });
  }
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What readers of `store` see: every stream's item of both projections and each city's list. */
async function snapshot(store: (projection: string) => DynamoViewStore) {
  const streams = [...new Set([...log.map((e) => e.stream), lateStream])];
  const items: Record<string, unknown> = {};
  for (const p of [restaurantProfileProjection, restaurantsByCityProjection]) for (const s of streams) items[`${p.name} ${s}`] = await store(p.name).get(p.name, s);
  const lists: Record<string, unknown> = {};
  for (const city of cities) lists[city] = await listRestaurantsByCity(store(restaurantsByCityProjection.name), city, { limit: 100 });
  return { items, lists };
}

describe('rebuild-projection on the local engine', () => {
  it('fills a fresh generation a day per Map iteration, catches up, and switches readers to views equal to the live ones', async () => {
    // The runtime's own wiring over this file's dynalite; the rebuild's tasks start no workflows.
    const deps = localDependencies({
      dynamo: dynalite, layout: dataDirLayout(dir), publicUrl: () => 'http://localhost:0', credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      workflows: unavailableWorkflows('the rebuild starts no workflows'),
    });
    const loader = createHandlerLoader(deps);
    let late: EventEnvelope | undefined;
    const loadHandler = async (module: string): Promise<WorkflowLambdaHandler> => {
      const handler = (await loader.load(module)) as WorkflowLambdaHandler;
      if (module !== 'analytics/rebuildProjectionDay') return handler;
      return async (...args: Parameters<WorkflowLambdaHandler>) => {
        if (!late) {
          late = lateEvent();
          late = await events.append(late);
          for (const projection of projections) await projectEvent({ projection, event: late, views, store: events });
        }
        return handler(...args);
      };
    };
    const clock = new VirtualClock(Date.now());
    const host = createWorkflowHost({ workflows, loadHandler, clock });
    await host.start();
    try {
      for (const projection of [restaurantProfileProjection, restaurantsByCityProjection]) {
        const { name } = host.startExecution('rebuild-projection', { projection: projection.name, from });
        await driveUntil(clock, () => host.describeExecution(name).status !== 'RUNNING');
        const described = host.describeExecution(name);
        expect({ status: described.status, cause: described.cause }).toEqual({ status: 'SUCCEEDED', cause: undefined });
        expect(JSON.parse(described.output!)).toMatchObject({ projection: projection.name, previousGeneration: 0, generation: 1, days: dayCount });
        expect(host.getExecutionHistory(name).filter((e) => e.type === 'MapIterationSucceeded')).toHaveLength(dayCount);
        expect((await views.generations(projection.name)).active).toBe(1);
      }
      // Readers now see generation 1, equal to generation 0 that the live writer kept, the late event included.
      const rebuilt = await snapshot(() => views);
      expect(rebuilt).toEqual(await snapshot((p) => views.atGeneration(p, 0)));
      expect(rebuilt.items[`${restaurantProfileProjection.name} ${lateStream}`]).toMatchObject({ version: 1, view: expect.objectContaining({ name: 'Late' }) });
      expect((rebuilt.lists.Doha as { items: unknown[] }).items.length).toBeGreaterThan(0);

      const { name } = host.startExecution('rebuild-projection', { projection: 'no-such-projection', from });
      await driveUntil(clock, () => host.describeExecution(name).status !== 'RUNNING');
      expect(host.describeExecution(name)).toMatchObject({ status: 'FAILED', error: 'UnknownProjectionError' });
    } finally {
      await host.stop();
    }
  });
});
