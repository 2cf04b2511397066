import { appendFile, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEvent } from '@forkcast/states';
import { readExecutionFile } from './readExecutionFile';

export interface StoredExecution {
  name: string;
  events: HistoryEvent[];
}

/** Where executions' histories are kept: `<dir>/<executionName>.jsonl`, appended as events happen. */
export interface ExecutionJournal {
  /** Every stored history that can be read; what cannot is logged and left alone. */
  load(): Promise<StoredExecution[]>;
  /** Appends the events of `history` not written yet, in order. */
  record(name: string, history: readonly HistoryEvent[]): void;
  /** Waits for pending appends, then ignores further records. */
  close(): Promise<void>;
}

/** Histories in memory only (no data dir): the engine holds them; nothing to write. */
export const memoryJournal: ExecutionJournal = {
  load: async () => [],
  record: () => undefined,
  close: async () => undefined,
};

export function fileJournal(dir: string, log: (line: string) => void): ExecutionJournal {
  const written = new Map<string, number>();
  const appends = new Map<string, Promise<void>>();
  let closed = false;

  return {
    async load() {
      await mkdir(dir, { recursive: true });
      const stored: StoredExecution[] = [];
      for (const file of (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort()) {
        const name = file.slice(0, -'.jsonl'.length);
        const read = await readExecutionFile(join(dir, file));
        if (!read.ok) {
          log(`workflows: ${file} is damaged (${read.reason}); execution ${name} is not loaded`);
          continue;
        }
        if (read.tornBytes > 0) {
          log(`workflows: ${file} ended in a torn line (${read.tornBytes} bytes, written when the process stopped); ignored it, ${name} resumes after event ${read.events.length}`);
        }
        written.set(name, read.events.length);
        if (read.events.length > 0) stored.push({ name, events: read.events });
      }
      return stored;
    },
    record(name, history) {
      const from = written.get(name) ?? 0;
      if (closed || history.length <= from) return;
      const lines = history.slice(from).map((e) => `${JSON.stringify(e)}\n`).join('');
      written.set(name, history.length);
      // One chain per file keeps its appends in order without blocking the engine.
      const next = (appends.get(name) ?? Promise.resolve())
        .then(() => appendFile(join(dir, `${name}.jsonl`), lines))
        .catch((error: Error) => log(`workflows: could not append to ${name}.jsonl: ${error.message}`));
      appends.set(name, next);
    },
    async close() {
      closed = true;
      await Promise.all(appends.values());
    },
  };
}
