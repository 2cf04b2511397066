import cliProgress from 'cli-progress';
import type { ImportProgress } from '@forkcast/functions';
import type { CliIo } from './cliIo';

export interface ProgressReporter {
  update(progress: ImportProgress): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; elsewhere (CI, pipes) a plain line every `everyMs` on stderr, so
 * logs stay readable and stdout keeps only the report.
 */
export function importProgress(io: CliIo, totalBytes: number, everyMs = 2_000): ProgressReporter {
  if (io.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'importing [{bar}] {percentage}% | {rows} rows | {eta_formatted} left', hideCursor: true, clearOnComplete: true, stream: process.stdout },
      cliProgress.Presets.shades_classic,
    );
    bar.start(totalBytes, 0, { rows: 0 });
    return { update: (p) => bar.update(p.bytesRead, { rows: p.rows }), stop: () => bar.stop() };
  }
  let lastAt = Date.now();
  let last: ImportProgress | undefined;
  return {
    update(progress) {
      last = progress;
      if (Date.now() - lastAt < everyMs) return;
      lastAt = Date.now();
      const percent = totalBytes > 0 ? Math.floor((progress.bytesRead / totalBytes) * 100) : 0;
      io.err(`importing: ${percent}% of the file read, ${progress.rows} rows done\n`);
    },
    stop() {
      if (last) io.err(`importing: done, ${last.rows} rows\n`);
    },
  };
}
