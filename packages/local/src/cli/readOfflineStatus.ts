import { readdir, readFile } from 'node:fs/promises';
import type { BusStatus, SubscriptionStatus, UndeliveredEvent } from '../bus/busStatus';
import { fileDeadLetterStore } from '../bus/fileDeadLetterStore';
import { deliveryJournalDir, replayJournal } from '../bus/fileDeliveryJournal';
import { fileCheckpointStore } from '../feed/feedCheckpoint';
import { dataDirLayout } from '../runtime/dataDirLayout';
import type { RuntimeStatus } from './formatRuntimeStatus';

/**
 * The status of a data dir whose runtime is down, from its files only (opening dynalite would
 * take the lock): what the journals still hold, the dead letters, and the feed's checkpoint.
 */
export async function readOfflineStatus(dataDir: string, now = Date.now()): Promise<RuntimeStatus> {
  const layout = dataDirLayout(dataDir);
  const dir = deliveryJournalDir(dataDir);
  const files = await readdir(dir).then((names) => names.filter((n) => n.endsWith('.jsonl')).sort(), () => [] as string[]);
  const letters = await fileDeadLetterStore(dataDir).list();
  const ids = new Set([...files.map((f) => decodeURIComponent(f.slice(0, -'.jsonl'.length))), ...letters.map((l) => l.subscriptionId)]);
  const subscriptions: SubscriptionStatus[] = [];
  for (const id of [...ids].sort()) {
    const text = await readFile(`${dir}/${encodeURIComponent(id)}.jsonl`, 'utf8').catch(() => '');
    const entries = replayJournal(text);
    const first = entries[0];
    const detail = first && (JSON.parse(first.payload) as { detail: { id: string; stream: string; version: number } }).detail;
    const oldest: UndeliveredEvent | undefined = first && detail && {
      subscriptionId: id, eventId: detail.id, stream: detail.stream, version: detail.version, ageMs: now - first.receivedAt, attempts: first.attempts,
    };
    subscriptions.push({ id, backlog: entries.length, retrying: entries.filter((e) => e.attempts > 0).length, deadLetters: letters.filter((l) => l.subscriptionId === id).length, oldest });
  }
  const delivery: BusStatus = {
    durable: true,
    backlog: subscriptions.reduce((n, s) => n + s.backlog, 0),
    deadLetters: letters.length,
    oldestUndelivered: subscriptions.map((s) => s.oldest).filter((o) => o !== undefined).sort((a, b) => b.ageMs - a.ageMs)[0],
    subscriptions,
  };
  const checkpoint = await fileCheckpointStore(layout.feedCheckpoint).load().catch(() => ({ recent: [] as string[], watermark: undefined, unconfirmed: [] }));
  const feed = {
    watermark: checkpoint.watermark,
    unconfirmed: (checkpoint.unconfirmed ?? []).map((e) => ({ id: e.id, stream: e.stream, version: e.version, ageMs: now - e.firstSeenAt })),
  };
  const lock = await readFile(layout.runtimeLock, 'utf8').then((t) => JSON.parse(t) as { pid: number; startedAt: string }, () => undefined);
  return { running: false, feed, delivery, leftLock: lock && { pid: lock.pid, startedAt: lock.startedAt } };
}
