import { dinerDecider, foldState, readState, restaurantDecider, type EventStore, type VisitFacts } from '@forkcast/core';

/**
 * The furthest time zone is UTC+14: a diner there may already be on tomorrow's (UTC) date, so
 * "not in the future" is judged against the date there.
 */
const aheadOfUtcMs = 14 * 3600_000;

/**
 * What the visit decider needs to know, read from the log (not the views, which lag behind a
 * listing or a registration made a moment ago): whether the diner registered and when, if ever,
 * the restaurant was listed.
 */
export async function visitFacts(events: EventStore, dinerStream: string, restaurantStream: string, now = new Date()): Promise<VisitFacts> {
  const [diner, restaurantLog] = await Promise.all([readState(events, dinerDecider, dinerStream), events.readStream(restaurantStream)]);
  const listed = restaurantLog.find((e) => e.type === 'RestaurantListed');
  return {
    dinerRegistered: diner.state.status === 'registered',
    ...(listed ? { restaurantListedOn: listed.occurredAt.slice(0, 10) } : {}),
    ...(foldState(restaurantDecider, restaurantStream, restaurantLog).status === 'delisted' ? { restaurantDelisted: true } : {}),
    today: new Date(now.getTime() + aheadOfUtcMs).toISOString().slice(0, 10),
  };
}
