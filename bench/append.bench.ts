/**
 * Append throughput through the command handler (load stream, decide, validate, conditional
 * PutItem) versus the raw conditional PutItem of the same envelopes, against one in-memory
 * dynalite in the same run. Each side appends the first event of fresh restaurant streams with
 * the same concurrency, so the ratio is the handler's overhead per command.
 */
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { eventCatalog } from '@forkcast/events';
import { DynamoEventStore, handleCommand, newRestaurantStream, restaurantDecider, toEventItem, stampEvent } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { sampleRestaurant } from '@forkcast/core/testing';
import type { Bench } from './bench';
import { callsPerSecond, median } from './throughput';

const rounds = 6;
const perRound = 120;
const concurrency = 8;
const actor = { id: 'bench', role: 'staff' as const };

const timed = (count: number, one: (i: number) => Promise<unknown>) => callsPerSecond(count, concurrency, one);

const bench: Bench = {
  title: 'Event log append',
  async run() {
    const db = await startDynalite();
    try {
      const store = new DynamoEventStore({ client: db.client });
      const data = sampleRestaurant();
      const viaHandler = (i: number) => handleCommand({
        store, decider: restaurantDecider, stream: newRestaurantStream(), actor, correlationId: `bench-${i}`,
        command: { type: 'ListRestaurant', data },
      });
      const rawPut = () => {
        const envelope = stampEvent({ type: 'RestaurantListed' as const, data }, {
          stream: newRestaurantStream(), currentVersion: 0, actor, correlationId: 'bench', now: new Date(), catalog: eventCatalog,
        });
        return db.client.send(new PutItemCommand({
          TableName: store.tableName, Item: toEventItem(envelope),
          ConditionExpression: 'attribute_not_exists(#v)', ExpressionAttributeNames: { '#v': 'version' },
        }));
      };
      await timed(100, viaHandler); // warm up JIT, SDK and dynalite before either measurement
      await timed(100, rawPut);
      // Alternating short rounds and taking medians keeps a busy machine's swings out of the ratio.
      const raws: number[] = [];
      const handlers: number[] = [];
      const ratios: number[] = [];
      for (let r = 0; r < rounds; r++) {
        raws.push(await timed(perRound, rawPut));
        handlers.push(await timed(perRound, viaHandler));
        ratios.push(handlers.at(-1)! / raws.at(-1)!);
      }
      const total = rounds * perRound;
      return [
        { key: 'append.rawPutItemEventsPerSec', value: Math.round(median(raws)), unit: 'events/s', description: `raw conditional PutItem, median of ${rounds} rounds (${total} events), ${concurrency} in flight, dynalite in memory` },
        { key: 'append.commandHandlerEventsPerSec', value: Math.round(median(handlers)), unit: 'events/s', description: `handleCommand (read + decide + validate + conditional PutItem), median of ${rounds} rounds (${total} commands), ${concurrency} in flight` },
        { key: 'append.handlerToRawPutRatio', value: Number(median(ratios).toFixed(3)), unit: 'ratio', description: 'command handler / raw PutItem throughput, median of per-round ratios, same dynalite, same run' },
      ];
    } finally {
      await db.stop();
    }
  },
};

export default bench;
