import { access, appendFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeadLetter, DeadLetterStore } from './deadLetter';

/** Where the dead-letter queues of a data dir live: one JSON-lines file per subscription. */
export function deadLetterDir(dataDir: string): string {
  return join(dataDir, 'dlq');
}

/**
 * Dead letters as JSON lines under `<dataDir>/dlq/<subscription>.jsonl`. Readers (`forkcast dlq
 * list` in another process) see whole files: adds append one line, settles rename a rewrite into
 * place. Writers of one file are serialised within the process; only one process (the runtime, or
 * the CLI when the runtime is down) may write.
 */
export function fileDeadLetterStore(dataDir: string): DeadLetterStore {
  const dir = deadLetterDir(dataDir);
  const fileOf = (subscriptionId: string) => join(dir, `${encodeURIComponent(subscriptionId)}.jsonl`);
  const locks = new Map<string, Promise<unknown>>();
  const exclusive = <T>(subscriptionId: string, work: () => Promise<T>): Promise<T> => {
    const run = (locks.get(subscriptionId) ?? Promise.resolve()).then(work, work);
    locks.set(subscriptionId, run.catch(() => undefined));
    return run;
  };

  const read = async (file: string): Promise<DeadLetter[]> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A crash mid-append can leave a torn last line: skip it rather than make the whole queue unreadable.
    return text.split('\n').flatMap((line) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as DeadLetter];
      } catch {
        return [];
      }
    });
  };

  return {
    add: (entry) =>
      exclusive(entry.subscriptionId, async () => {
        await mkdir(dir, { recursive: true });
        await appendFile(fileOf(entry.subscriptionId), JSON.stringify(entry) + '\n');
      }),

    async list(subscriptionId) {
      if (subscriptionId !== undefined) return read(fileOf(subscriptionId));
      let files: string[];
      try {
        files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      return (await Promise.all(files.map((f) => read(join(dir, f))))).flat();
    },

    settle: (subscriptionId, { remove, replace }) =>
      exclusive(subscriptionId, async () => {
        const file = fileOf(subscriptionId);
        const current = await read(file);
        // Nothing was ever dead-lettered (a fresh data dir has no dlq/ yet): nothing to rewrite.
        if (current.length === 0 && !(await exists(file))) return;
        const kept = current
          .filter((e) => !remove.includes(e.event.id))
          .map((e) => replace.find((r) => r.event.id === e.event.id) ?? e);
        await mkdir(dir, { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, kept.map((e) => JSON.stringify(e) + '\n').join(''));
        await rename(temp, file);
      }),
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
