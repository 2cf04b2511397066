import { readFile, rm } from 'node:fs/promises';
import { writeFileAtomic } from './writeFileAtomic';

export interface RuntimeLockInfo {
  pid: number;
  /** What holds the data dir: the runtime (`dev`) or a direct `import`. */
  kind: 'dev' | 'import';
  url?: string;
  startedAt: string;
}

export class DataDirBusyError extends Error {
  override name = 'DataDirBusyError';
  constructor(public readonly holder: RuntimeLockInfo, dataDir: string) {
    super(
      `${dataDir} is in use by ${holder.kind === 'dev' ? `forkcast dev (pid ${holder.pid}${holder.url ? `, ${holder.url}` : ''})` : `forkcast import (pid ${holder.pid})`}; ` +
        'dynalite keeps its LevelDB files locked, so only one process may open a data dir at a time',
    );
  }
}

/** The process holding the data dir, if it is still alive. */
export async function readRuntimeLock(path: string): Promise<RuntimeLockInfo | undefined> {
  let info: RuntimeLockInfo;
  try {
    info = JSON.parse(await readFile(path, 'utf8')) as RuntimeLockInfo;
  } catch {
    return undefined;
  }
  return isAlive(info.pid) ? info : undefined;
}

/**
 * Claims the data dir for this process. A lock left by a process that died is taken over; the
 * LevelDB lock itself still guards against anything this check misses.
 */
export async function acquireRuntimeLock(path: string, dataDir: string, info: Omit<RuntimeLockInfo, 'pid' | 'startedAt'>) {
  const holder = await readRuntimeLock(path);
  if (holder) throw new DataDirBusyError(holder, dataDir);
  const lock: RuntimeLockInfo = { pid: process.pid, startedAt: new Date().toISOString(), ...info };
  await writeFileAtomic(path, JSON.stringify(lock, null, 2));
  return {
    update: (change: Partial<RuntimeLockInfo>) => writeFileAtomic(path, JSON.stringify({ ...lock, ...change }, null, 2)),
    release: async () => {
      const current = await readRuntimeLock(path);
      if (current?.pid === process.pid) await rm(path, { force: true });
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
