import { parseArgs } from 'node:util';
import type { DeadLetter } from '../../bus/deadLetter';
import { fileDeadLetterStore } from '../../bus/fileDeadLetterStore';

export interface DlqCommandOptions {
  dataDir: string;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

const usage = 'usage: forkcast dlq list [SUBSCRIPTION] [--json]';

/**
 * `forkcast dlq list [SUBSCRIPTION] [--json]`: the dead letters of the data dir. Reads the files
 * only, so it is safe while the runtime runs.
 */
export default async function run(args: string[], options: DlqCommandOptions): Promise<number> {
  const out = options.out ?? ((text) => process.stdout.write(text));
  const err = options.err ?? ((text) => process.stderr.write(text));
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const [action, subscriptionId, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    out(`${usage}\n`);
    return 0;
  }
  if (action !== 'list' || extra.length > 0) {
    err(`${usage}\n`);
    return 2;
  }

  const entries = await fileDeadLetterStore(options.dataDir).list(subscriptionId);
  if (parsed.values.json) {
    out(JSON.stringify(entries, null, 2) + '\n');
    return 0;
  }
  if (entries.length === 0) {
    out(subscriptionId ? `no dead letters for ${subscriptionId}\n` : 'no dead letters\n');
    return 0;
  }
  out(formatDeadLetters(entries));
  return 0;
}

/** One row per dead letter: what failed, on which event, how often and when last. */
export function formatDeadLetters(entries: readonly DeadLetter[]): string {
  const header = ['SUBSCRIPTION', 'EVENT ID', 'TYPE', 'STREAM@VERSION', 'ERROR', 'ATTEMPTS', 'LAST ATTEMPT'];
  const rows = entries.map((e) => [
    e.subscriptionId,
    e.event.detail.id,
    e.event['detail-type'],
    `${e.event.detail.stream}@${e.event.detail.version}`,
    truncate(`${e.error.name}: ${e.error.message}`.replace(/\s+/g, ' '), 60),
    String(e.attempts),
    e.lastAttemptAt,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ') + '\n';
  return line(header) + rows.map(line).join('') + `${entries.length} dead letter${entries.length === 1 ? '' : 's'}\n`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
