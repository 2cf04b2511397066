import { createReadStream } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoEventStore, zomatoSource } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import { runImport } from '@forkcast/functions';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { acquireRuntimeLock, DataDirBusyError } from '../../runtime/runtimeLock';
import { UsageError, type CliIo } from '../cliIo';
import { formatImportIssue } from '../formatImportIssue';
import { importProgress } from '../importProgress';

const sources = [zomatoSource];

/**
 * `forkcast import FILE.csv [--source zomato]`: runs the importer directly on the data dir's
 * dynalite (the runtime need not run; its change feed publishes the new events when it next
 * starts). While `forkcast dev` holds the data dir this refuses with a clear message instead: two
 * processes cannot open one LevelDB, and the running runtime takes imports through POST /imports.
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { source: { type: 'string', default: zomatoSource } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'which file? forkcast import FILE.csv' : `unexpected argument ${positionals[1]}`);
  if (!sources.includes(values.source!)) throw new UsageError(`--source ${values.source} is not supported (supported: ${sources.join(', ')})`);

  const file = resolve(positionals[0]);
  const size = await readableSize(file);
  if (typeof size === 'string') {
    io.err(`forkcast import: cannot read ${positionals[0]}: ${size}\n`);
    return 1;
  }

  const layout = dataDirLayout(context.dataDir);
  let lock: Awaited<ReturnType<typeof acquireRuntimeLock>>;
  try {
    lock = await acquireRuntimeLock(layout.runtimeLock, context.dataDir, { kind: 'import' });
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    const viaApi = error.holder.kind === 'dev' ? `\nStop it first (Ctrl-C), or import through it: POST ${error.holder.url ?? 'http://localhost:3000'}/imports (staff), then PUT the file to the returned uploadUrl.` : '';
    io.err(`forkcast import: ${error.message}.${viaApi}\n`);
    return 1;
  }

  const dynamo = await startDynalite({ path: layout.dynamodb });
  const progress = importProgress(io, size);
  try {
    const store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
    const result = await runImport({ source: createReadStream(file), store, totalBytes: size, onProgress: (p) => progress.update(p) });
    progress.stop();
    for (const issue of result.report) io.out(`${formatImportIssue(issue)}\n`);
    io.out(`${result.summary}\n`);
    return 0;
  } catch (error) {
    progress.stop();
    throw error;
  } finally {
    await dynamo.stop();
    await lock.release();
  }
}

/** The file's size, or why it cannot be read. */
async function readableSize(file: string): Promise<number | string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'not a file';
    await access(file, constants.R_OK);
    return info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
  }
}
