import { toEventBridgeEvent } from '@forkcast/events';
import type { Context } from 'aws-lambda';
import { stores } from '../config/stores';
import { handler as restaurantProfile } from '../projections/restaurantProfile';
import { handler as restaurantsByCity } from '../projections/restaurantsByCity';

/** Plays the bus in tests: delivers a stream's events to the restaurant projection Lambdas. */
export async function deliverToProjections(stream: string): Promise<void> {
  for (const envelope of await stores().events.readStream(stream)) {
    const event = toEventBridgeEvent(envelope, { account: '000000000000', region: 'local' });
    await restaurantProfile(event, {} as Context);
    await restaurantsByCity(event, {} as Context);
  }
}
