import { readFile, rm } from 'node:fs/promises';
import { processStartTime } from './processStartTime';
import { writeFileAtomic } from './writeFileAtomic';
import { isProcessAlive } from './isProcessAlive';

export interface RuntimeLockInfo {
  pid: number;
  /** What holds the data dir: the runtime (`dev`), a direct `import`, or an offline `analytics` command (log, export, replay). */
  kind: 'dev' | 'import' | 'analytics';
  url?: string;
  startedAt: string;
  /** processStartTime of pid: a later process that got the same pid has another. */
  pidStartTime?: string;
}

export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
  constructor(public readonly holder: RuntimeLockInfo, dataDir: string) {
    super(
      `${dataDir} is in use by ${holder.kind === 'dev' ? `forkcast dev (pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''})` : `forkcast ${holder.kind === 'import' ? 'import' : 'log, export or replay'} (pid ${holder.pid})`}; ` +
        'dynalite keeps its LevelDB files locked, so only one process may open a data dir at a time',
    );
  }
}

/** The process holding the data dir, if it is still alive. */
export async function readRuntimeLock(path: string): Promise<RuntimeLockInfo | undefined> {
  const info = await readLockFile(path);
  return info && isHeld(info) ? info : undefined;
}

async function readLockFile(path: string): Promise<RuntimeLockInfo | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as RuntimeLockInfo;
  } catch {
    return undefined;
  }
}

/** Alive and the same process: a pid alone can be reused, after a reboot or in a new container. */
function isHeld(info: RuntimeLockInfo): boolean {
  if (!isProcessAlive(info.pid)) return false;
  if (info.pidStartTime === undefined) return true; // a lock from before start times were kept
  const started = processStartTime(info.pid);
  return started === undefined || started === info.pidStartTime;
}

/**
 * Claims the data dir for this process. A lock left by a process that died (or whose pid another
 * process now has) is taken over and returned as `takenOver`: that process did not stop cleanly,
 * as a clean stop removes the lock. The LevelDB lock still guards against anything this misses.
 */
export async function acquireRuntimeLock(path: string, dataDir: string, info: Omit<RuntimeLockInfo, 'pid' | 'startedAt' | 'pidStartTime'>) {
  const previous = await readLockFile(path);
  if (previous && isHeld(previous)) throw new DataDirBusyError(previous, dataDir);
  const lock: RuntimeLockInfo = { pid: process.pid, startedAt: new Date().toISOString(), pidStartTime: processStartTime(process.pid), ...info };
  await writeFileAtomic(path, JSON.stringify(lock, null, 2));
  return {
    takenOver: previous,
    update: (change: Partial<RuntimeLockInfo>) => writeFileAtomic(path, JSON.stringify({ ...lock, ...change }, null, 2)),
    release: async () => {
      const current = await readLockFile(path);
      if (current?.pid === process.pid && current.pidStartTime === lock.pidStartTime) await rm(path, { force: true });
    },
  };
}
