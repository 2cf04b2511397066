import type { EventEnvelope } from '@forkcast/events';
import type { EventStore } from '@forkcast/core';
import { decodeTime, encodeTime } from 'ulid';
import type { Bus } from '../bus/bus';
import type { CheckpointStore, UnconfirmedEntry } from './feedCheckpoint';
import { readFromTable } from './readFromTable';

export interface ChangeFeedOptions {
  store: EventStore;
  bus: Bus;
  checkpoints: CheckpointStore;
  /** The first day holding events, for a feed with no checkpoint yet (undefined: the log is empty). */
  findFirstDay: () => Promise<string | undefined>;
  clock?: () => Date;
  /** Poll period; a nudge polls at once. */
  pollIntervalMs?: number;
  /**
   * Ids come from the writer's clock before the write commits, so one may commit after a larger id
   * was already published. Every `sweepIntervalMs` the feed re-reads this much time below its
   * watermark and publishes what it has not seen.
   */
  lateWindowMs?: number;
  sweepIntervalMs?: number;
  pageSize?: number;
  log?: (line: string) => void;
  /**
   * Publish only what the table holds (default true): an index entry is checked against its item
   * first. False only for the delivery bench's baseline.
   */
  confirmReads?: boolean;
  /** How long an index entry without its item is checked again before it is reported and skipped. */
  unconfirmedTimeoutMs?: number;
}

export interface ChangeFeedStatus {
  running: boolean;
  watermark?: string;
  published: number;
  lastPollAt?: string;
  lastError?: string;
  /**
   * How stale the feed may be: ms since the start of the last poll that read the log to its end
   * and published all it found. Grows while the feed is failing or working through a backlog.
   */
  lagMs?: number;
  /** Index entries waiting for their item in the table, oldest first. */
  unconfirmed: { id: string; stream: string; version: number; ageMs: number }[];
  /** Index entries reported and skipped because their item never appeared. */
  skipped: { count: number; last?: { id: string; stream: string; version: number } };
}

export interface ChangeFeed {
  start(): Promise<void>;
  /** Finishes the poll in progress, saves the checkpoint and stops. */
  stop(): Promise<void>;
  /** Poll now (after a command), instead of at the next tick. */
  nudge(): void;
  /** One poll, including a sweep of the late window; resolves when its events were published. */
  pollOnce(): Promise<number>;
  status(): ChangeFeedStatus;
}

const dayMs = 86_400_000;

/**
 * Tails the log through the byDay index into the bus, at least once and in id order per poll:
 * an event is recorded in the checkpoint only after the bus accepted it, so a crash between
 * append and publish (or between publish and checkpoint) republishes rather than loses.
 */
export function createChangeFeed(options: ChangeFeedOptions): ChangeFeed {
  const clock = options.clock ?? (() => new Date());
  const pollIntervalMs = options.pollIntervalMs ?? 150;
  const lateWindowMs = options.lateWindowMs ?? 5_000;
  const sweepIntervalMs = options.sweepIntervalMs ?? 1_000;
  const pageSize = options.pageSize ?? 500;
  const log = options.log ?? (() => {});
  const confirmReads = options.confirmReads ?? true;
  const unconfirmedTimeoutMs = options.unconfirmedTimeoutMs ?? 30_000;

  let watermark: string | undefined;
  /** Ids published at or above watermark time − lateWindow: bounded by the window, not the log. */
  const seen = new Set<string>();
  let loaded = false;
  let running = false;
  let published = 0;
  let lastSweepAt = Number.NEGATIVE_INFINITY;
  let lastPollAt: string | undefined;
  let lastError: string | undefined;
  let caughtUpAt: number | undefined;
  const unconfirmed = new Map<string, UnconfirmedEntry>();
  const skipped: ChangeFeedStatus['skipped'] = { count: 0 };
  let tail: Promise<unknown> = Promise.resolve();
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  async function load(): Promise<void> {
    if (loaded) return;
    const checkpoint = await options.checkpoints.load();
    watermark = checkpoint.watermark;
    for (const id of checkpoint.recent) seen.add(id);
    for (const entry of checkpoint.unconfirmed ?? []) unconfirmed.set(entry.id, entry);
    loaded = true;
  }

  /** Pages of the log from `afterId` on, in id order (days ascend, each day in id order). */
  async function* readDays(fromDay: string, afterId: string | undefined, untilDay: string): AsyncGenerator<EventEnvelope[]> {
    for (let day = fromDay; day <= untilDay; day = nextDay(day)) {
      // Every id of a later day is above afterId too, so the same bound serves all days.
      let cursor = afterId;
      do {
        const page = await options.store.readByDay(day, { afterId: cursor, limit: pageSize });
        if (page.events.length > 0) yield page.events;
        cursor = page.lastId;
      } while (cursor);
    }
  }

  /** Publishes page by page, saving the checkpoint after each, so a long backlog holds no more than a page. */
  async function poll(forceSweep: boolean): Promise<number> {
    await load();
    const now = clock().getTime();
    const today = dayOf(Math.max(now, watermark ? decodeTime(watermark) : 0));
    let pages: AsyncGenerator<EventEnvelope[]> | undefined;
    if (watermark === undefined) {
      const firstDay = await options.findFirstDay();
      if (firstDay) pages = readDays(firstDay, undefined, today);
    } else {
      const sweep = forceSweep || now - lastSweepAt >= sweepIntervalMs;
      const from = sweep ? lowestIdAt(Math.max(0, decodeTime(watermark) - lateWindowMs)) : watermark;
      if (sweep) lastSweepAt = now;
      pages = readDays(dayOf(decodeTime(from)), from, today);
    }
    let total = 0;
    try {
      // Entries seen before without their item come first: they are the oldest.
      total += await publishPage([...unconfirmed.values()].filter((e) => !seen.has(e.id)), now);
      for await (const page of pages ?? []) total += await publishPage(page.filter((e) => !seen.has(e.id)), now);
      lastError = undefined;
      caughtUpAt = now;
    } finally {
      lastPollAt = new Date(now).toISOString();
    }
    return total;
  }

  /**
   * Publishes the events of one page that the table confirms, all at once (so the bus's journals
   * flush them together) and accepted in id order; the checkpoint then moves past the accepted
   * prefix only. An entry without its item waits in `unconfirmed` until it appears or times out.
   */
  async function publishPage(entries: readonly Pick<EventEnvelope, 'id' | 'stream' | 'version'>[], now: number): Promise<number> {
    if (entries.length === 0) return 0;
    const events: EventEnvelope[] = [];
    let changed = false;
    const confirmed = confirmReads
      ? await Promise.all(entries.map((entry) => readFromTable(options.store, entry)))
      : (entries as EventEnvelope[]);
    entries.forEach((entry, i) => {
      const event = confirmed[i];
      if (event) {
        changed = unconfirmed.delete(entry.id) || changed;
        events.push(event);
        return;
      }
      const waiting = unconfirmed.get(entry.id);
      if (!waiting) {
        unconfirmed.set(entry.id, { id: entry.id, stream: entry.stream, version: entry.version, firstSeenAt: now });
        changed = true;
      } else if (now - waiting.firstSeenAt >= unconfirmedTimeoutMs) {
        unconfirmed.delete(entry.id);
        // Seen, so the late-window re-read does not bring it back; it was never an event.
        seen.add(entry.id);
        skipped.count += 1;
        skipped.last = { id: entry.id, stream: entry.stream, version: entry.version };
        changed = true;
        log(`change feed: skipped index entry ${entry.id} (${entry.stream}@${entry.version}): the table has had no such event for ${Math.round((now - waiting.firstSeenAt) / 1000)} s`);
      }
    });
    const results = await Promise.allSettled(events.map((event) => options.bus.publish(event)));
    let count = 0;
    let failure: unknown;
    for (const [i, result] of results.entries()) {
      if (result.status === 'rejected') {
        failure = result.reason;
        break;
      }
      const event = events[i]!;
      seen.add(event.id);
      if (watermark === undefined || event.id > watermark) watermark = event.id;
      count++;
    }
    if (count > 0 || changed) {
      published += count;
      prune();
      await options.checkpoints.save({ watermark, recent: [...seen], unconfirmed: [...unconfirmed.values()] });
    }
    if (failure !== undefined) throw failure;
    return count;
  }

  function prune(): void {
    if (!watermark) return;
    const floor = lowestIdAt(decodeTime(watermark) - lateWindowMs);
    for (const id of seen) if (id < floor) seen.delete(id);
  }

  /** Polls run one at a time, in call order (a chain, so no caller can starve another). */
  function runPoll(forceSweep: boolean): Promise<number> {
    const run = tail.then(() => poll(forceSweep));
    tail = run.catch(() => undefined);
    return run;
  }

  async function runLoop(): Promise<void> {
    // A fresh start re-reads the late window at once: events may have committed late before a crash.
    let forceSweep = true;
    while (running) {
      again = false;
      try {
        await runPoll(forceSweep);
        forceSweep = false;
      } catch (error) {
        lastError = (error as Error).message;
        log(`change feed: ${(error as Error).stack ?? lastError}`);
      }
      if (!running) break;
      if (again) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, pollIntervalMs);
      });
      wake = undefined;
    }
  }

  return {
    async start() {
      if (running) return;
      await load();
      running = true;
      loop = runLoop();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      wake?.();
      await loop;
      await tail;
      if (loaded) await options.checkpoints.save({ watermark, recent: [...seen], unconfirmed: [...unconfirmed.values()] });
    },
    nudge() {
      if (!running) return;
      // Sleeping: wake now. Polling: poll once more right after, for what the command just appended.
      again = true;
      wake?.();
    },
    pollOnce: () => runPoll(true),
    status: () => {
      const now = clock().getTime();
      return {
        running,
        watermark,
        published,
        lastPollAt,
        lastError,
        lagMs: caughtUpAt === undefined ? undefined : Math.max(0, now - caughtUpAt),
        unconfirmed: [...unconfirmed.values()]
          .sort((a, b) => a.firstSeenAt - b.firstSeenAt)
          .map((e) => ({ id: e.id, stream: e.stream, version: e.version, ageMs: now - e.firstSeenAt })),
        skipped: { ...skipped },
      };
    },
  };
}

function dayOf(ms: number): string {
  return new Date(ms - (ms % dayMs)).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + dayMs).toISOString().slice(0, 10);
}

/** Sorts before every ULID of that millisecond. */
function lowestIdAt(ms: number): string {
  return `${encodeTime(ms, 10)}${'0'.repeat(16)}`;
}
