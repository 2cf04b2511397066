import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOfId, unavailableWorkflows } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { sampleLog, writeLogDirect } from '@forkcast/core/testing';
import { workflows } from '@forkcast/functions';
import { VirtualClock } from '@forkcast/states';
import { createHandlerLoader } from '../handlers/createHandlerLoader';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { localDependencies } from '../runtime/localDependencies';
import { createWorkflowHost } from '../workflows/createWorkflowHost';
import { driveUntil } from '../workflows/driveUntil';

let dynalite: DynaliteHandle;
let dir: string;
const log = sampleLog({ start: Date.parse('2035-04-01T00:00:00Z'), days: 4, restaurants: 40, eventsPerRestaurant: 3 });

beforeAll(async () => {
  dynalite = await startDynalite();
  dir = await mkdtemp(join(tmpdir(), 'forkcast-export-log-'));
  await writeLogDirect(dynalite.client, dynalite.tables.events, log);
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('export-log on the local engine', () => {
  it('maps over the days, writes each day\'s partitions to the exports bucket, and sums them up', async () => {
    const layout = dataDirLayout(dir);
    const exportsDir = layout.exports;
    // The runtime's own wiring; this host's tasks start no workflows of their own.
    const deps = localDependencies({
      dynamo: dynalite, layout, publicUrl: () => 'http://localhost:0', credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      workflows: unavailableWorkflows('the export starts no workflows'),
    });
    const loader = createHandlerLoader(deps);
    const clock = new VirtualClock(Date.UTC(2035, 4, 1));
    const host = createWorkflowHost({ workflows, loadHandler: (module) => loader.load(module), clock });
    await host.start();
    try {
      const { name } = host.startExecution('export-log', { from: '2035-04-01', to: '2035-04-03', format: 'parquet', prefix: 'log/' });
      await driveUntil(clock, () => host.describeExecution(name).status !== 'RUNNING');
      const described = host.describeExecution(name);
      expect({ status: described.status, cause: described.cause }).toEqual({ status: 'SUCCEEDED', cause: undefined });
      const inRange = log.filter((e) => dayOfId(e.id) <= '2035-04-03');
      expect(JSON.parse(described.output!)).toMatchObject({ days: 3, events: inRange.length });
      expect((await readdir(join(exportsDir, 'log'))).sort()).toEqual(['day=2035-04-01', 'day=2035-04-02', 'day=2035-04-03']);
      const history = host.getExecutionHistory(name).map((e) => e.type);
      expect(history.filter((t) => t === 'MapIterationSucceeded')).toHaveLength(3);

      const duck = await (await DuckDBInstance.create(':memory:')).connect();
      const rows = (await duck.runAndReadAll(`SELECT day::VARCHAR AS day, type, count(*)::INTEGER AS n FROM read_parquet('${exportsDir}/log/*/*/*.parquet', hive_partitioning = true) GROUP BY ALL`)).getRowObjectsJson();
      duck.closeSync();
      const expected: Record<string, number> = {};
      for (const e of inRange) expected[`${dayOfId(e.id)} ${e.type}`] = (expected[`${dayOfId(e.id)} ${e.type}`] ?? 0) + 1;
      expect(Object.fromEntries(rows.map((r) => [`${r.day} ${r.type}`, r.n]))).toEqual(expected);
    } finally {
      await host.stop();
    }
  });
});
