import cliProgress from 'cli-progress';
import type { CliIo } from '../cli/cliIo';

export interface EventProgress {
  /** `done` units of `total` (days, or events), and events handled so far. */
  update(done: number, events: number): void;
  /** The total, once known. */
  setTotal(total: number): void;
  stop(): void;
}

/**
 * A bar with events, rate and ETA on a terminal (as importProgress draws for imports); elsewhere a
 * plain line every `everyMs` on stderr, so stdout keeps only the result.
 */
export function eventProgress(io: CliIo, label: string, initialTotal: number, unit: string, everyMs = 2_000): EventProgress {
  let total = initialTotal;
  const started = Date.now();
  const rate = (events: number) => Math.round(events / Math.max((Date.now() - started) / 1000, 0.001));
  if (io.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} ${unit} | {events} events | {rate} events/s | {eta_formatted} left`, hideCursor: true, clearOnComplete: true, stream: process.stdout },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { events: 0, rate: 0 });
    return { update: (done, events) => bar.update(done, { events, rate: rate(events) }), setTotal: (t) => bar.setTotal(t), stop: () => bar.stop() };
  }
  let lastAt = started;
  return {
    setTotal(t) {
      total = t;
    },
    update(done, events) {
      if (Date.now() - lastAt < everyMs) return;
      lastAt = Date.now();
      const eta = total > 0 && done > 0 ? `, about ${Math.ceil(((Date.now() - started) / done) * (total - done) / 1000)} s left` : '';
      io.err(`${label}: ${total > 0 ? `${done}/${total} ${unit}` : `${done} ${unit}`}, ${events} events, ${rate(events)} events/s${eta}\n`);
    },
    stop() {},
  };
}
