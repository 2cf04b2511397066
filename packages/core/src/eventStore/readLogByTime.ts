import type { EventEnvelope } from '@forkcast/events';
import { decodeTime } from 'ulid';
import type { EventStore } from './eventStore';

/** The time range to replay and the store to read it from. */
export interface ReadLogByTimeOptions {
  store: EventStore;
  /** Inclusive start: a Date, an ISO instant, or a yyyy-mm-dd day (its first instant). */
  from: Date | string;
  /** Inclusive end: a Date, an ISO instant, or a yyyy-mm-dd day (its last instant). */
  to: Date | string;
  /** Events per byDay query page; default 500. */
  pageSize?: number;
  /** Resume strictly after this event id (a page cursor's position); it must lie in the range. */
  afterId?: string;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/**
 * The epoch milliseconds a range bound stands for: a day means its first (or, as an end, its last)
 * instant. Throws RangeError for anything that is not a date.
 */
export function logInstant(value: Date | string, endOfDay: boolean): number {
  if (value instanceof Date) return value.getTime();
  const ms = Date.parse(dayPattern.test(value) ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(ms)) throw new RangeError(`not a date: ${value}`);
  return dayPattern.test(value) && endOfDay ? ms + dayMs - 1 : ms;
}

/** Every event whose id time lies in [from, to], in id (time) order, day by day through byDay. */
export async function* readLogByTime(options: ReadLogByTimeOptions): AsyncGenerator<EventEnvelope> {
  let from = logInstant(options.from, false);
  const to = logInstant(options.to, true);
  const resumeAt = options.afterId === undefined ? undefined : decodeTime(options.afterId);
  if (resumeAt !== undefined && resumeAt > from) from = resumeAt;
  for (let dayStart = from - (from % dayMs); dayStart <= to; dayStart += dayMs) {
    const day = new Date(dayStart).toISOString().slice(0, 10);
    let afterId: string | undefined = resumeAt !== undefined && dayStart <= resumeAt ? options.afterId : undefined;
    do {
      const page = await options.store.readByDay(day, { afterId, limit: options.pageSize ?? 500 });
      for (const event of page.events) {
        const time = decodeTime(event.id);
        if (time >= from && time <= to && (options.afterId === undefined || event.id > options.afterId)) yield event;
      }
      afterId = page.lastId;
    } while (afterId);
  }
}
