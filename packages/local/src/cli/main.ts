import { pathToFileURL } from 'node:url';
import { resolveDataDir } from '../runtime/resolveDataDir';
import { processIo, UsageError, type CliIo } from './cliIo';
import { usage } from './usage';

type Command = (args: string[], io: CliIo, context: { dataDir: string }) => Promise<number>;
/** Commands of other modules share one shape: run(args, { dataDir, out, err }) → exit status. */
type ExternalCommand = (args: string[], options: { dataDir: string; out: (t: string) => void; err: (t: string) => void }) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  dev: async () => (await import('./commands/dev')).default,
  token: async () => (await import('./commands/token')).default,
  import: async () => (await import('./commands/import')).default,
  status: async () => (await import('./commands/status')).default,
  outbox: async () => (await import('./commands/outbox')).default,
  log: async () => (await import('./commands/log')).default,
  export: async () => (await import('./commands/export')).default,
  replay: async () => (await import('./commands/replay')).default,
  help: async () => (await import('./commands/help')).default,
  dlq: async () => external((await import('./commands/dlq')).default),
  redrive: async () => external((await import('./commands/redrive')).default),
};

/**
 * Local tooling only: the SDK's warning about Node 20 concerns SDK releases from 2027 (Lambda runs
 * Node 22), and EMF metric lines on stdout would drown the runtime's own output. Either can be
 * turned back on by setting the variable.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

/** Runs one CLI invocation and returns its exit status: 0 ok, 1 failed, 2 bad usage. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? io.out : io.err)(usage);
    return name ? 0 : 2;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    io.err(`forkcast: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io, { dataDir: resolveDataDir() });
  } catch (error) {
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`forkcast ${name}: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    io.err(`forkcast ${name}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** The bus's commands (dlq, redrive) take their output functions as options rather than a CliIo. */
function external(run: ExternalCommand): Command {
  return (args, io, context) => run(args, { dataDir: context.dataDir, out: io.out, err: io.err });
}

/** The process entry (tsx main.ts, npm start, the bin): exit with the command's status. */
export async function runCli(argv = process.argv.slice(2)): Promise<void> {
  process.exitCode = await main(argv);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCli();
