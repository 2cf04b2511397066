import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processStartTime } from './processStartTime';
import { acquireRuntimeLock, DataDirBusyError, readRuntimeLock, type RuntimeLockInfo } from './runtimeLock';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-lock-'));
  path = join(dir, 'runtime.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const writeLock = (info: RuntimeLockInfo) => writeFile(path, JSON.stringify(info));

describe('runtime lock', () => {
  it('reads the start time of a live process, and none of a pid that does not exist', () => {
    expect(processStartTime(process.pid)).toMatch(/^(linux|ps):./);
    expect(processStartTime(process.pid)).toBe(processStartTime(process.pid));
    expect(processStartTime(2 ** 22 + 12345)).toBeUndefined();
  });

  it('takes over a lock whose pid is alive but now belongs to another process (a reused pid), and reports it taken over', async () => {
    // This very process stands in for the stranger that got the pid: alive, but started at another time.
    const stale: RuntimeLockInfo = { pid: process.pid, kind: 'dev', startedAt: '2026-01-01T00:00:00.000Z', pidStartTime: 'linux:1' };
    await writeLock(stale);
    expect(await readRuntimeLock(path)).toBeUndefined();
    const lock = await acquireRuntimeLock(path, dir, { kind: 'dev' });
    expect(lock.takenOver).toEqual(stale);
    const written = JSON.parse(await readFile(path, 'utf8')) as RuntimeLockInfo;
    expect(written).toMatchObject({ pid: process.pid, pidStartTime: processStartTime(process.pid) });
    await lock.release();
    await expect(readFile(path, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('refuses a data dir whose lock names a live process with its own start time', async () => {
    const lock = await acquireRuntimeLock(path, dir, { kind: 'dev' });
    expect(lock.takenOver).toBeUndefined();
    await expect(acquireRuntimeLock(path, dir, { kind: 'import' })).rejects.toThrow(DataDirBusyError);
    expect(await readRuntimeLock(path)).toMatchObject({ pid: process.pid, kind: 'dev' });
    await lock.release();
  });

  it('takes over the lock of a process that died', async () => {
    await writeLock({ pid: 2 ** 22 + 12345, kind: 'import', startedAt: '2026-01-01T00:00:00.000Z' });
    const lock = await acquireRuntimeLock(path, dir, { kind: 'dev' });
    expect(lock.takenOver).toMatchObject({ kind: 'import' });
    await lock.release();
  });
});
