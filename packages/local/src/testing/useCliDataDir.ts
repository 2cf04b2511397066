import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { startDynalite } from '@forkcast/core/dynalite';
import { writeLogDirect } from '@forkcast/core/testing';
import type { EventEnvelope } from '@forkcast/events';
import { dataDirLayout } from '../runtime/dataDirLayout';

/**
 * A test file's own data dir, made the CLI's FORKCAST_DATA_DIR, with `log` already in its event
 * table (written with dynalite, which is then stopped, as the CLI finds a dir nobody holds).
 * After the file's tests the previous FORKCAST_DATA_DIR is restored and the dir removed.
 * Awaited at the top of the file: `const dir = await useCliDataDir('forkcast-log-', log);`.
 */
export async function useCliDataDir(prefix: string, log: readonly EventEnvelope[] = []): Promise<string> {
  const previousDataDir = process.env.FORKCAST_DATA_DIR;
  const dir = await mkdtemp(join(tmpdir(), prefix));
  afterAll(async () => {
    if (previousDataDir === undefined) delete process.env.FORKCAST_DATA_DIR;
    else process.env.FORKCAST_DATA_DIR = previousDataDir;
    await rm(dir, { recursive: true, force: true });
  });
  process.env.FORKCAST_DATA_DIR = dir;
  if (log.length > 0) {
    const dynamo = await startDynalite({ path: dataDirLayout(dir).dynamodb });
    try {
      await writeLogDirect(dynamo.client, dynamo.tables.events, log);
    } finally {
      await dynamo.stop();
    }
  }
  return dir;
}
