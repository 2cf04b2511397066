import { appendFile, readFile, truncate } from 'node:fs/promises';
import type { HistoryEvent } from '@forkcast/states';

export type ExecutionFile =
  | { ok: true; events: HistoryEvent[]; /** Bytes of a torn last line that were cut off. */ tornBytes: number }
  | { ok: false; reason: string };

/**
 * Reads one execution's history (a JSON line per event). A crash mid-append leaves a torn last line:
 * it is cut off the file, so the next append starts on a fresh line, and the execution resumes from
 * the event before it. Damage anywhere else is not guessed at.
 */
export async function readExecutionFile(path: string): Promise<ExecutionFile> {
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  const events: HistoryEvent[] = [];
  let goodBytes = 0;
  for (const [index, line] of lines.entries()) {
    const last = index === lines.length - 1 || (index === lines.length - 2 && lines[lines.length - 1] === '');
    if (line === '' && index === lines.length - 1) break;
    const event = parseEvent(line);
    if (!event || event.id !== events.length + 1) {
      if (!last) return { ok: false, reason: `line ${index + 1} is not history event ${events.length + 1}` };
      break;
    }
    events.push(event);
    goodBytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  const size = Buffer.byteLength(text, 'utf8');
  // A whole last event whose newline did not make it: complete the line rather than lose the event.
  if (goodBytes > size) await appendFile(path, '\n');
  const tornBytes = Math.max(0, size - goodBytes);
  if (tornBytes > 0) await truncate(path, goodBytes);
  return { ok: true, events, tornBytes };
}

function parseEvent(line: string): HistoryEvent | undefined {
  try {
    const value = JSON.parse(line) as HistoryEvent;
    return typeof value === 'object' && value !== null && typeof value.id === 'number' && typeof value.type === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
