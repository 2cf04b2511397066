import { DynamoEventStore } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { acquireRuntimeLock, DataDirBusyError } from '../runtime/runtimeLock';

/** Where an analytics command reads the log: through the running runtime, or the data dir itself. */
export type DataDirLog =
  | { kind: 'runtime'; url: string }
  | { kind: 'offline'; dynamo: DynaliteHandle; store: DynamoEventStore; close(): Promise<void> };

/**
 * The running runtime's URL when `forkcast dev` holds the data dir (dynalite keeps LevelDB locked,
 * so only it may read); otherwise the data dir opened under the lock for this command alone.
 * Throws DataDirBusyError when another command holds it.
 */
export async function openDataDirLog(dataDir: string): Promise<DataDirLog> {
  const layout = dataDirLayout(dataDir);
  let lock: Awaited<ReturnType<typeof acquireRuntimeLock>>;
  try {
    lock = await acquireRuntimeLock(layout.runtimeLock, dataDir, { kind: 'analytics' });
  } catch (error) {
    if (error instanceof DataDirBusyError && error.holder.kind === 'dev' && error.holder.url) return { kind: 'runtime', url: error.holder.url };
    throw error;
  }
  try {
    const dynamo = await startDynalite({ path: layout.dynamodb });
    const store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
    return {
      kind: 'offline',
      dynamo,
      store,
      async close() {
        await dynamo.stop();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}
