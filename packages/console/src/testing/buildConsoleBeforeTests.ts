import { ensureConsoleBuilt } from '../buildConsole';

/** vitest globalSetup: the browser tests drive the built console, so build it once, first, when stale. */
export default async function setup(): Promise<void> {
  await ensureConsoleBuilt((line) => process.stdout.write(`${line}\n`));
}
