import type { BusStatus, UndeliveredEvent } from '../bus/busStatus';
import type { ChangeFeedStatus } from '../feed/createChangeFeed';
import type { StartupRecovery } from '../runtime/recoverAfterUncleanStop';

/** What `forkcast status` shows: the running runtime's /health, or what the data dir says while it is down. */
export interface RuntimeStatus {
  running: boolean;
  url?: string;
  healthy?: boolean;
  feed?: Partial<ChangeFeedStatus>;
  delivery?: BusStatus;
  recovery?: StartupRecovery;
  /** Down only: the lock the last run left behind, when it did not stop cleanly. */
  leftLock?: { pid: number; startedAt: string };
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

const oldestText = (o: UndeliveredEvent | undefined) =>
  o ? `${o.eventId} (${o.stream}@${o.version}, ${formatDuration(o.ageMs)} old, ${o.attempts} attempt${o.attempts === 1 ? '' : 's'})` : 'none';

/** Plain text, one fact a line, so a person (or grep) can read it. */
export function formatRuntimeStatus(status: RuntimeStatus): string {
  const lines: string[] = [];
  lines.push(status.running ? `runtime    running at ${status.url}: ${status.healthy ? 'healthy' : 'NOT healthy'}` : 'runtime    not running (figures read from the data dir)');
  if (status.leftLock) lines.push(`           the last run (pid ${status.leftLock.pid}, started ${status.leftLock.startedAt}) did not stop cleanly; the next start recovers`);
  const feed = status.feed;
  if (feed) {
    const parts = [
      status.running ? `lag ${feed.lagMs === undefined ? 'unknown (no complete poll yet)' : formatDuration(feed.lagMs)}` : undefined,
      `watermark ${feed.watermark ?? 'none'}`,
      feed.published !== undefined ? `published ${feed.published} since start` : undefined,
      `unconfirmed index entries ${feed.unconfirmed?.length ?? 0}`,
      feed.skipped ? `skipped ${feed.skipped.count}` : undefined,
    ].filter(Boolean);
    lines.push(`feed       ${parts.join(', ')}`);
    if (feed.lastError) lines.push(`           last error: ${feed.lastError}`);
  }
  const delivery = status.delivery;
  if (delivery) {
    lines.push(`delivery   ${delivery.durable ? 'durable (journals in the data dir)' : 'in memory'}; backlog ${delivery.backlog}; dead letters ${delivery.deadLetters}`);
    lines.push(`           oldest undelivered: ${oldestText(delivery.oldestUndelivered)}`);
    const header = ['SUBSCRIPTION', 'BACKLOG', 'RETRYING', 'DEAD LETTERS', 'OLDEST UNDELIVERED'];
    const rows = delivery.subscriptions.map((s) => [s.id, String(s.backlog), String(s.retrying), String(s.deadLetters), oldestText(s.oldest)]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    for (const row of [header, ...rows]) lines.push(`  ${row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}`);
  }
  const recovery = status.recovery;
  if (recovery) {
    lines.push(
      recovery.uncleanStop
        ? `recovery   this run started after an unclean stop (pid ${recovery.uncleanStop.pid}, started ${recovery.uncleanStop.startedAt}): resumed ${recovery.resumedDeliveries} deliveries, removed ${recovery.removedTempFiles} temp files`
        : `recovery   clean start; resumed ${recovery.resumedDeliveries} deliveries`,
    );
  }
  return lines.join('\n') + '\n';
}
