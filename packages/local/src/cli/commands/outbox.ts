import { parseArgs } from 'node:util';
import type { SentEmail } from '@forkcast/core';
import { readOutbox } from '../../outbox/fileOutbox';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { UsageError, type CliIo } from '../cliIo';

/**
 * `forkcast outbox [--to ADDRESS] [--json]`: the emails the local runtime sent, oldest first. It
 * reads the outbox files only, so it is safe while the runtime runs. `--json` prints one message
 * (both parts) a line, for scripts and tests.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { to: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (values.to !== undefined && !/^[^@\s]+@[^@\s]+$/.test(values.to)) throw new UsageError(`--to takes an email address, not ${JSON.stringify(values.to)}`);
  const messages = await readOutbox(dataDirLayout(context.dataDir).outbox, { to: values.to });
  if (values.json) {
    for (const message of messages) io.out(`${JSON.stringify(message)}\n`);
    return 0;
  }
  if (messages.length === 0) {
    io.out(values.to ? `no email to ${values.to}\n` : 'the outbox is empty\n');
    return 0;
  }
  io.out(messages.map(formatMessage).join('\n'));
  io.out(`\n${messages.length} message${messages.length === 1 ? '' : 's'}\n`);
  return 0;
}

function formatMessage(m: SentEmail): string {
  return `${m.sentAt}  to ${m.to}\n  ${m.subject}\n${m.text.split('\n').map((line) => `    ${line}`).join('\n')}\n`;
}
