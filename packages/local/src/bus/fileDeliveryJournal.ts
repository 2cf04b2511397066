import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../runtime/writeFileAtomic';
import type { DeliveryJournal, JournalEntry, RetryState } from './deliveryJournal';

/** Where the delivery journals of a data dir live: one JSON-lines file per subscription. */
export function deliveryJournalDir(dataDir: string): string {
  return join(dataDir, 'deliveries');
}

export function deliveryJournalPath(dataDir: string, subscriptionId: string): string {
  return join(deliveryJournalDir(dataDir), `${encodeURIComponent(subscriptionId)}.jsonl`);
}

/** A line of the journal: an accepted delivery, a failed attempt of one, or its settlement. */
type Line =
  | { a: number; t: number; p: string }
  | ({ f: number } & RetryState)
  | { d: number };

/**
 * Replays a journal's lines into the entries still unsettled, in acceptance order. A torn last
 * line (a kill mid-append) is skipped: its write was never acknowledged.
 */
export function replayJournal(text: string): JournalEntry[] {
  const entries = new Map<number, JournalEntry>();
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(raw) as Line;
    } catch {
      continue;
    }
    if ('a' in line) {
      // After a compaction an accept may be written twice; the first carries the retry state.
      if (!entries.has(line.a)) entries.set(line.a, { seq: line.a, payload: line.p, receivedAt: line.t, attempts: 0 });
    } else if ('f' in line) {
      const entry = entries.get(line.f);
      if (entry) {
        const { f: _seq, ...state } = line;
        Object.assign(entry, state);
      }
    } else if ('d' in line) entries.delete(line.d);
  }
  return [...entries.values()].sort((x, y) => x.seq - y.seq);
}

const acceptLine = (e: JournalEntry) => JSON.stringify({ a: e.seq, t: e.receivedAt, p: e.payload }) + '\n';
const retryLine = (seq: number, s: RetryState) => JSON.stringify({ f: seq, ...s }) + '\n';

interface Pending {
  text: string;
  durable: boolean;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * The journal as an append-only file, fsync'd before an accept resolves. Concurrent accepts share
 * one write and one fsync (group commit), so a burst costs one flush, not one per event. The file
 * is rewritten with only the unsettled entries on open and every `compactEvery` lines.
 */
export function fileDeliveryJournal(path: string, options: { compactEvery?: number } = {}): DeliveryJournal {
  const compactEvery = options.compactEvery ?? 20_000;
  const unsettled = new Map<number, JournalEntry>();
  let nextSeq = 1;
  let handle: FileHandle | undefined;
  let queue: Pending[] = [];
  let flushing: Promise<void> | undefined;
  let linesSinceCompaction = 0;

  const rewrite = async () => {
    const text = [...unsettled.values()].map((e) => acceptLine(e) + (e.attempts > 0 ? retryLine(e.seq, stateOf(e)) : '')).join('');
    await handle?.close();
    handle = undefined;
    await writeFileAtomic(path, text);
    handle = await open(path, 'a');
    linesSinceCompaction = 0;
  };

  const flush = async () => {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        if (!handle) throw new Error(`delivery journal ${path} is not open`);
        await handle.writeFile(batch.map((p) => p.text).join(''));
        if (batch.some((p) => p.durable)) await handle.datasync();
        linesSinceCompaction += batch.length;
        if (linesSinceCompaction >= compactEvery) await rewrite();
        for (const p of batch) p.resolve();
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    flushing = undefined;
  };

  const write = (text: string, durable: boolean): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ text, durable, resolve, reject });
      flushing ??= flush();
    });

  const quietly = (text: string) => {
    // A lost settle or retry line means one more delivery or a retry counted low: at least once holds.
    write(text, false).catch(() => {});
  };

  return {
    async open() {
      await mkdir(dirname(path), { recursive: true });
      let text = '';
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      const recovered = replayJournal(text);
      for (const e of recovered) unsettled.set(e.seq, e);
      nextSeq = (recovered.at(-1)?.seq ?? 0) + 1;
      await rewrite();
      return recovered.map((e) => ({ ...e }));
    },
    accept(payload, receivedAt) {
      const entry: JournalEntry = { seq: nextSeq++, payload, receivedAt, attempts: 0 };
      unsettled.set(entry.seq, entry);
      return { seq: entry.seq, durable: write(acceptLine(entry), true) };
    },
    retrying(seq, state) {
      const entry = unsettled.get(seq);
      if (!entry) return;
      Object.assign(entry, state);
      quietly(retryLine(seq, state));
    },
    settle(seq) {
      if (!unsettled.delete(seq)) return;
      quietly(JSON.stringify({ d: seq }) + '\n');
    },
    async close() {
      await flushing;
      await handle?.close();
      handle = undefined;
    },
  };
}

function stateOf(e: JournalEntry): RetryState {
  return { attempts: e.attempts, firstAttemptAt: e.firstAttemptAt, lastAttemptAt: e.lastAttemptAt, lastError: e.lastError, dueAt: e.dueAt };
}
