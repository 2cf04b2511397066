import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@forkcast/events';
import { ulid } from 'ulid';
import { handleCommand } from '../commands/handleCommand';
import type { Decider } from '../decider';
import { useDynamoStores } from '../testing/useDynamoStores';
import { dayOfId } from '../eventStore/dayOfId';
import { importDecider } from '../imports/importDecider';
import { importStatusProjection } from '../imports/importStatusProjection';
import { importStreamOf } from '../imports/importStream';
import { projectEvent } from '../projections/projectEvent';
import type { AnyProjection } from '../projections/projection';
import { restaurantDecider } from '../restaurants/restaurantDecider';
import { newRestaurantStream } from '../restaurants/restaurantStream';
import { restaurantContactsProjection } from '../restaurants/views/restaurantContactsProjection';
import { sampleRestaurant } from '../testing/sampleRestaurant';
import { rebuildProjection } from './rebuildProjection';

// The projections the restaurant-log and diner-log rebuild tests do not cover: staff contacts and imports.
const projections: AnyProjection[] = [restaurantContactsProjection, importStatusProjection];
const log: EventEnvelope[] = [];
const streams = new Set<string>();
const { store, views } = await useDynamoStores();

async function run<C>(decider: Decider<C, any, any>, stream: string, command: C) {
  const { event } = await handleCommand({ store, decider, stream, command, actor: { id: 'staff-1', role: 'staff' }, correlationId: 'c' });
  if (event) log.push(event);
  streams.add(stream);
}

describe('contacts and import status views', () => {
  it('equal their blue/green rebuild from the log', async () => {
    for (let i = 0; i < 5; i++) {
      const restaurant = newRestaurantStream();
      await run(restaurantDecider, restaurant, { type: 'ListRestaurant', data: sampleRestaurant({ city: 'Doha', externalId: undefined, source: undefined }) });
      const contactId = ulid();
      await run(restaurantDecider, restaurant, { type: 'AddRestaurantContact', data: { contactId, email: `manager${i}@example.org`, name: `Manager ${i}` } });
      if (i % 2) await run(restaurantDecider, restaurant, { type: 'CorrectRestaurantContact', data: { contactId, name: null, phone: '+974 555 0100' } });

      const imp = importStreamOf(ulid());
      await run(importDecider, imp, { type: 'RequestImport', data: { filename: `list-${i}.csv`, objectKey: `imports/${i}.csv`, uploadExpiresAt: '2030-01-01T00:00:00.000Z' } });
      if (i % 2) await run(importDecider, imp, { type: 'RecordImportUpload', data: { objectKey: `imports/${i}.csv`, size: 100 + i } });
      if (i === 3) await run(importDecider, imp, { type: 'FailImport', data: { code: 'not-a-zomato-export', reason: 'no Restaurant ID column' } });
    }
    for (const event of log) for (const projection of projections) await projectEvent({ projection, event, views, store });
    const everyItem = async () => {
      const items: Record<string, unknown> = {};
      for (const p of projections) for (const s of streams) items[`${p.name} ${s}`] = (await views.get(p.name, s)) ?? null;
      return items;
    };
    const live = await everyItem();
    expect(Object.values(live).filter(Boolean)).toHaveLength(10);

    const from = dayOfId([...log].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id);
    for (const projection of projections) {
      const result = await rebuildProjection({ projection, store, views, from, lateWindowMs: 0 });
      expect(result).toMatchObject({ previousGeneration: 0, generation: 1, views: 5 });
    }
    expect(await everyItem()).toEqual(live);
  });
});
