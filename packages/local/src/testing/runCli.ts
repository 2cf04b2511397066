import type { CliIo } from '../cli/cliIo';
import { main } from '../cli/main';

/** Runs `forkcast <argv>` in-process, as a non-terminal, and returns its exit status and what it printed. */
export async function runCli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (text) => void (out += text), err: (text) => void (err += text), isTTY: false };
  const status = await main(argv, io);
  return { status, out, err };
}
