import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { ulid } from 'ulid';
import { exportDay, type ExportDayResult, type ExportFormat } from '@forkcast/core';
import type { EventEnvelope } from '@forkcast/events';

export interface ExportToDirectoryInput {
  /** The selected events of one day, in id order. */
  readDay: (day: string) => AsyncIterable<EventEnvelope>;
  /** Whole UTC days (yyyy-mm-dd), inclusive: a partition is a day, so it is replaced whole. */
  from: string;
  to: string;
  format: ExportFormat;
  outDir: string;
  onDay?: (result: ExportDayResult) => void;
}

/** The days from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Exports the days into `outDir/day=D/type=T/`, each day written into a temporary folder first and
 * then swapped in for the day's old folder, so a rerun replaces a day's partitions (no duplicates)
 * and a reader or a crash never sees half a day. A day without events leaves no folder.
 */
export async function exportToDirectory(input: ExportToDirectoryInput): Promise<ExportDayResult[]> {
  const out = resolve(input.outDir);
  const staging = join(out, `.export-${ulid()}`);
  const sink = {
    async put(key: string, body: Buffer) {
      const path = resolve(staging, key);
      if (!path.startsWith(staging + sep)) throw new Error(`export key escapes the folder: ${key}`);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, body);
    },
  };
  const results: ExportDayResult[] = [];
  try {
    for (const day of daysOf(input.from, input.to)) {
      const result = await exportDay({ day, events: input.readDay(day), format: input.format, sink });
      const folder = `day=${day}`;
      // The old day moves aside before the new one moves in: rename is atomic, rm of a tree is not.
      const old = join(staging, `${folder}.old`);
      await rename(join(out, folder), old).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      if (result.events > 0) await rename(join(staging, folder), join(out, folder));
      await rm(old, { recursive: true, force: true });
      results.push(result);
      input.onDay?.(result);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return results;
}
