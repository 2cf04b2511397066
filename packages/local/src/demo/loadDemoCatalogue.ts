import { handleCommand, restaurantDecider, restaurantStreamFor, type EventStore } from '@forkcast/core';
import { generateDemoCatalogue } from './generateDemoCatalogue';

/** The actor of demo data: no person did this, the runtime did. */
export const demoActor = { id: 'forkcast-demo', role: 'system' as const };

/**
 * Appends the demo catalogue through the command handler, as an import would: one stream per
 * restaurant derived from its demo id, so loading twice appends nothing new.
 */
export async function loadDemoCatalogue(store: EventStore, options: { concurrency?: number; clock?: () => Date } = {}): Promise<number> {
  const restaurants = generateDemoCatalogue();
  let appended = 0;
  let next = 0;
  const worker = async () => {
    while (next < restaurants.length) {
      const restaurant = restaurants[next++];
      const result = await handleCommand({
        store,
        decider: restaurantDecider,
        stream: restaurantStreamFor(restaurant.source, restaurant.externalId),
        command: { type: 'ImportRestaurant', data: restaurant },
        actor: demoActor,
        correlationId: 'demo-catalogue',
        clock: options.clock,
      });
      if (result.event) appended += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return appended;
}
