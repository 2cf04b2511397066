import type { EventEnvelope } from '@forkcast/events';
import type { EventStore } from '../eventStore/eventStore';
import { readLogByTime } from '../eventStore/readLogByTime';
import { logFilter, type BusIdentity, type LogSelection } from './logFilter';

/** A time range of the log and what to select from it. */
export interface LogQuery extends LogSelection {
  /** Inclusive: a Date, an ISO instant or a yyyy-mm-dd day. */
  from: Date | string;
  /** Inclusive: a Date, an ISO instant or a yyyy-mm-dd day (its last instant). */
  to: Date | string;
}

export interface ReadLogOptions {
  store: EventStore;
  query: LogQuery;
  bus: BusIdentity;
  /** Continue strictly after this event id. */
  afterId?: string;
  pageSize?: number;
}

/** The selected events of the range in time (id) order, read day by day through byDay. */
export async function* readLog(options: ReadLogOptions): AsyncGenerator<EventEnvelope> {
  const selected = logFilter(options.query, options.bus);
  for await (const event of readLogByTime({ store: options.store, from: options.query.from, to: options.query.to, afterId: options.afterId, pageSize: options.pageSize })) {
    if (selected(event)) yield event;
  }
}

export interface LogPage {
  events: EventEnvelope[];
  /** Where the next page starts (the last event read, matching or not); undefined at the end of the range. */
  lastId?: string;
}

/**
 * One page: at most `limit` selected events, reading at most `scanLimit` events of the log, so a
 * pattern that selects little still answers in bounded time (with fewer events and a position).
 */
export async function readLogPage(options: ReadLogOptions & { limit: number; scanLimit: number }): Promise<LogPage> {
  const selected = logFilter(options.query, options.bus);
  const events: EventEnvelope[] = [];
  let scanned = 0;
  const pageSize = Math.min(options.pageSize ?? 500, options.scanLimit);
  for await (const event of readLogByTime({ store: options.store, from: options.query.from, to: options.query.to, afterId: options.afterId, pageSize })) {
    scanned += 1;
    if (selected(event)) events.push(event);
    if (events.length >= options.limit || scanned >= options.scanLimit) return { events, lastId: event.id };
  }
  return { events };
}
