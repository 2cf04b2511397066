import { removeStaleTempFiles } from './removeStaleTempFiles';
import type { RuntimeLockInfo } from './runtimeLock';

export interface StartupRecovery {
  /** The previous holder of the data dir when it did not stop cleanly (it left its lock behind). */
  uncleanStop?: { pid: number; kind: string; startedAt: string };
  removedTempFiles: number;
  /** Deliveries the bus restarted from its journals (set once the bus resumed). */
  resumedDeliveries: number;
}

/**
 * Run right after taking the lock: says whether the last run ended without a clean stop and
 * removes the temp files a kill left mid-write (never dynalite's or the uploads' files).
 */
export async function recoverAfterUncleanStop(input: {
  root: string;
  skip: readonly string[];
  takenOver: RuntimeLockInfo | undefined;
  log: (line: string) => void;
}): Promise<StartupRecovery> {
  const removed = await removeStaleTempFiles(input.root, { skip: input.skip });
  const previous = input.takenOver;
  if (previous) {
    input.log(
      `runtime: the previous ${previous.kind === 'import' ? 'forkcast import' : 'runtime'} (pid ${previous.pid}, started ${previous.startedAt}) did not stop cleanly; ` +
        `recovering (removed ${removed.length} stale temp file${removed.length === 1 ? '' : 's'})`,
    );
  } else if (removed.length > 0) input.log(`runtime: removed ${removed.length} stale temp files`);
  return {
    uncleanStop: previous && { pid: previous.pid, kind: previous.kind, startedAt: previous.startedAt },
    removedTempFiles: removed.length,
    resumedDeliveries: 0,
  };
}
