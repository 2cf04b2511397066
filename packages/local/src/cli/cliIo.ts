/** Where a command writes; injected so tests run commands in-process and read what they printed. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
  /** Resolves when the user asks a long-running command to stop (Ctrl-C, SIGTERM). */
  interrupted?: Promise<string>;
}

export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
});

/** A usage error: the command line itself is wrong (exit status 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
