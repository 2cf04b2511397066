import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventStore, DynamoIdempotencyStore, DynamoViewStore, handleCommand, inMemoryRecommendationSignalsStore, importDecider, importStreamOf, type ImportCommand } from '@forkcast/core';
import { inMemorySearchIndexStore } from '@forkcast/core/searchIndex';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { toEventBridgeEvent, type EventBridgeEvent } from '@forkcast/events';
import { workflows, type Dependencies } from '@forkcast/functions';
import { VirtualClock, type HistoryEvent, type Json } from '@forkcast/states';
import { ulid } from 'ulid';
import { createHandlerLoader, type HandlerLoader } from '../handlers/createHandlerLoader';
import { fileOutbox } from '../outbox/fileOutbox';
import { createWorkflowHost, type WorkflowHost } from './createWorkflowHost';
import { approvalDefinition, approvalWorkflow } from './approvalWorkflow';
import { driveUntil } from './driveUntil';
import { localWorkflows } from './localWorkflows';

let dynalite: DynaliteHandle;
let events: DynamoEventStore;
let dir: string;
let loader: HandlerLoader;
/** The host the Workflows port of the handlers talks to: the one a test started last. */
let current: WorkflowHost | undefined;
beforeAll(async () => {
  dynalite = await startDynalite();
  events = new DynamoEventStore({ client: dynalite.client, tableName: dynalite.tables.events });
  dir = await mkdtemp(join(tmpdir(), 'forkcast-workflows-'));
  const deps: Dependencies = {
    events,
    views: new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views }),
    importsBucket: { get: unused, put: unused, uploadUrl: unused },
    exportsBucket: { get: unused, put: unused, uploadUrl: unused },
    mailer: fileOutbox(join(dir, 'outbox')),
    settings: { staffEmail: 'staff@forkcast.test' },
    publicSiteUrl: 'https://forkcast.example',
    linkSecret: 'a test link secret of at least 32 characters',
    workflows: localWorkflows(() => current!),
    idempotency: new DynamoIdempotencyStore({ client: dynalite.client, tableName: dynalite.tables.idempotency }),
    searchIndex: inMemorySearchIndexStore(),
    recommendationSignals: inMemoryRecommendationSignalsStore(),
  };
  loader = createHandlerLoader(deps);
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function unused(): Promise<never> {
  throw new Error('the follow-up never touches the imports bucket');
}

const staff = { id: 'staff-1', role: 'staff' as const };
const command = (importId: string, c: ImportCommand) =>
  handleCommand({ store: events, decider: importDecider, stream: importStreamOf(importId), command: c, actor: staff, correlationId: importId });

/** An import as POST /imports leaves it, and the bus event that starts its follow-up. */
async function requestImport(): Promise<{ importId: string; input: Json }> {
  const importId = ulid();
  const { event } = await command(importId, { type: 'RequestImport', data: { filename: 'pune.csv', objectKey: `imports/${importId}/pune.csv`, uploadExpiresAt: new Date().toISOString() } });
  return { importId, input: toEventBridgeEvent(event!, { account: '000000000000', region: 'us-east-1' }) as unknown as Json };
}

async function completeImport(importId: string, summary = 'imported 2, updated 0, unchanged 0, rejected 1') {
  await command(importId, { type: 'RecordImportUpload', data: { objectKey: `imports/${importId}/pune.csv` } });
  await command(importId, { type: 'CompleteImport', data: { counts: { imported: 2, updated: 0, unchanged: 0, rejected: 1 }, rows: 3, summary, reportKey: `imports/${importId}/report.json`, reportEntries: 1 } });
}

/** Plays the bus for the release policy: every event of the import's stream it subscribes to. */
async function deliverToReleasePolicy(importId: string): Promise<void> {
  const release = await loader.load<(event: EventBridgeEvent, context: unknown) => Promise<unknown>>('imports/releaseImportFollowUp');
  for (const event of await events.readStream(importStreamOf(importId))) {
    if (['ImportCompleted', 'ImportFailed', 'ImportOutcomeAwaited'].includes(event.type)) await release(toEventBridgeEvent(event, { account: '0', region: 'local' }), {});
  }
}

const types = (history: HistoryEvent[]) => history.map((e) => e.type);
const lastType = (host: WorkflowHost, name: string) => types(host.getExecutionHistory(name)).at(-1);
const finished = (host: WorkflowHost, name: string) => () => host.describeExecution(name).status !== 'RUNNING';
const waiting = (host: WorkflowHost, name: string) => () => lastType(host, name) === 'TaskSubmitted';

function importHost(clock: VirtualClock, dataDir?: string, log?: (line: string) => void) {
  current = createWorkflowHost({ workflows, loadHandler: (module) => loader.load(module), clock, dataDir, log });
  return current;
}

describe('import-follow-up through the host', () => {
  it('waits on its task token without polling, is released by the policy, and tells staff once', async () => {
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const host = importHost(clock);
    await host.start();
    const { importId, input } = await requestImport();
    const { name } = host.startExecution('import-follow-up', input, `import-${importId}`);
    await driveUntil(clock, waiting(host, name));
    expect((await events.readStream(importStreamOf(importId))).map((e) => e.type)).toEqual(['ImportRequested', 'ImportOutcomeAwaited']);
    const scheduled = types(host.getExecutionHistory(name)).filter((t) => t === 'TaskScheduled').length;
    await clock.advance(20 * 60_000);
    expect(types(host.getExecutionHistory(name)).filter((t) => t === 'TaskScheduled')).toHaveLength(scheduled);

    await completeImport(importId);
    await deliverToReleasePolicy(importId);
    await driveUntil(clock, finished(host, name));

    const described = host.describeExecution(name);
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output!)).toEqual({ importId, status: 'completed', gaveUp: false });
    const message = JSON.parse(await readFile(join(dir, 'outbox', `import-${importId}.json`), 'utf8')) as { subject: string; text: string };
    expect(message.subject).toBe('Import finished: pune.csv');
    expect(message.text).toContain('imported 2, updated 0, unchanged 0, rejected 1');
    await host.stop();
  });

  it('gives up after 30 minutes, looks at the import once and says it is stuck', async () => {
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const host = importHost(clock);
    await host.start();
    const { importId, input } = await requestImport();
    const { name } = host.startExecution('import-follow-up', input, `import-${importId}`);
    await driveUntil(clock, finished(host, name), { stepMs: 10_000 });
    expect(host.describeExecution(name).status).toBe('SUCCEEDED');
    expect(JSON.parse(host.describeExecution(name).output!)).toEqual({ importId, status: 'awaiting-upload', gaveUp: true });
    const history = host.getExecutionHistory(name);
    const scheduled = history.find((e) => e.type === 'TaskScheduled')!;
    const timedOut = history.find((e) => e.type === 'TaskTimedOut')!;
    expect(Date.parse(timedOut.timestamp) - Date.parse(scheduled.timestamp)).toBe(1_800_000);
    const message = JSON.parse(await readFile(join(dir, 'outbox', `import-${importId}.json`), 'utf8')) as { subject: string; text: string };
    expect(message.text).toContain('was never uploaded when the follow-up stopped waiting');
    await host.stop();
  });

  it('fails at once, without retrying, for an import that does not exist', async () => {
    const clock = new VirtualClock();
    const host = importHost(clock);
    await host.start();
    const { name } = host.startExecution('import-follow-up', { detail: { stream: `import-${ulid()}` } });
    await driveUntil(clock, finished(host, name));
    expect(host.describeExecution(name)).toMatchObject({ status: 'FAILED', error: 'ImportNotFound' });
    expect(types(host.getExecutionHistory(name)).filter((t) => t === 'TaskScheduled')).toHaveLength(1);
    await host.stop();
  });
});

describe('executions persisted as their history', () => {
  /** Runs the follow-up of a fresh import; stops the host while it waits for its token; restarts; releases it. */
  async function followUp(dataDir: string, interrupt: (file: string) => Promise<void> = async () => {}) {
    const { importId, input } = await requestImport();
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const first = importHost(clock, dataDir);
    await first.start();
    const { name } = first.startExecution('import-follow-up', input);
    await driveUntil(clock, waiting(first, name));
    await first.stop();
    // Stopped as a crash would leave it: nothing more recorded however long it waits.
    const frozenAt = first.getExecutionHistory(name).length;
    const stoppedAt = clock.now();
    await clock.advance(60_000);
    expect(first.getExecutionHistory(name)).toHaveLength(frozenAt);
    await completeImport(importId, 'imported 1, updated 0, unchanged 0, rejected 0');
    const file = join(dataDir, 'executions', `${name}.jsonl`);
    await interrupt(file);

    const logs: string[] = [];
    const restartClock = new VirtualClock(stoppedAt + 10_000);
    const second = importHost(restartClock, dataDir, (line) => logs.push(line));
    await second.start();
    expect(second.describeExecution(name).status).toBe('RUNNING');
    await deliverToReleasePolicy(importId);
    await driveUntil(restartClock, finished(second, name));
    await second.stop();
    return { importId, name, file, logs, host: second };
  }

  it('resumes an execution stopped while it waits for its token and ends as an uninterrupted run does', async () => {
    const uninterrupted = await (async () => {
      const { importId, input } = await requestImport();
      const clock = new VirtualClock(Date.UTC(2025, 0, 1));
      const host = importHost(clock, join(dir, 'straight'));
      await host.start();
      const { name } = host.startExecution('import-follow-up', input);
      await driveUntil(clock, waiting(host, name));
      await completeImport(importId, 'imported 1, updated 0, unchanged 0, rejected 0');
      await deliverToReleasePolicy(importId);
      await driveUntil(clock, finished(host, name));
      await host.stop();
      return { history: host.getExecutionHistory(name), output: JSON.parse(host.describeExecution(name).output!) as Record<string, unknown> };
    })();

    const resumed = await followUp(join(dir, 'resumed'));
    const history = resumed.host.getExecutionHistory(resumed.name);
    expect(resumed.host.describeExecution(resumed.name).status).toBe('SUCCEEDED');
    expect(JSON.parse(resumed.host.describeExecution(resumed.name).output!)).toEqual({ ...uninterrupted.output, importId: resumed.importId });
    expect(types(history)).toEqual(types(uninterrupted.history));
    expect(history.map((e) => e.id)).toEqual(history.map((_, i) => i + 1));
    // The file is the whole history, written as it happened across both processes.
    const lines = (await readFile(resumed.file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as HistoryEvent);
    expect(lines).toEqual(history);
  });

  it('ignores a torn last line, says so, and carries on from the event before it', async () => {
    const resumed = await followUp(join(dir, 'torn'), (file) => appendFile(file, '{"id":99,"previousEventId":4,"timest'));
    expect(resumed.logs.some((l) => l.includes(`${resumed.name}.jsonl ended in a torn line`))).toBe(true);
    expect(resumed.host.describeExecution(resumed.name).status).toBe('SUCCEEDED');
    const lines = (await readFile(resumed.file, 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l) as HistoryEvent);
    expect(lines.map((e) => e.id)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.at(-1)!.type).toBe('ExecutionSucceeded');
  });

  it('keeps finished executions: listed, described, and their names still taken', async () => {
    const dataDir = join(dir, 'finished');
    const clock = new VirtualClock();
    const first = importHost(clock, dataDir);
    await first.start();
    const gone = { detail: { stream: `import-${ulid()}` } };
    first.startExecution('import-follow-up', gone, 'follow-gone');
    await driveUntil(clock, finished(first, 'follow-gone'));
    await first.stop();

    const second = importHost(new VirtualClock(), dataDir);
    await second.start();
    expect(second.listExecutions({ status: 'FAILED' }).map((e) => e.name)).toEqual(['follow-gone']);
    expect(second.describeExecution(first.describeExecution('follow-gone').executionArn)).toEqual(first.describeExecution('follow-gone'));
    expect(() => second.startExecution('import-follow-up', gone, 'follow-gone')).toThrow(/Execution Already Exists/);
    await second.stop();
  });
});

describe('waiting on a task token across a restart', () => {
  const approval = approvalWorkflow;
  const definition = approvalDefinition;

  function approvalHost(clock: VirtualClock, asked: { token: string; item: string }[], dataDir?: string) {
    return createWorkflowHost({
      workflows: [approval],
      readDefinition: async () => structuredClone(definition),
      loadHandler: async () => (event: never) => void asked.push(event),
      clock,
      dataDir,
    });
  }

  it('completes from the token after the restart, without asking again, as an uninterrupted run does', async () => {
    const straightAsked: { token: string; item: string }[] = [];
    const straightClock = new VirtualClock();
    const straight = approvalHost(straightClock, straightAsked);
    await straight.start();
    straight.startExecution('approval', { item: 'special' }, 'approve-1');
    await driveUntil(straightClock, () => straightAsked.length === 1);
    straight.sendTaskSuccess(straightAsked[0]!.token, '{"approved":true}');
    await driveUntil(straightClock, finished(straight, 'approve-1'));

    const dataDir = join(dir, 'token');
    const asked: { token: string; item: string }[] = [];
    const clock = new VirtualClock();
    const first = approvalHost(clock, asked, dataDir);
    await first.start();
    first.startExecution('approval', { item: 'special' }, 'approve-1');
    await driveUntil(clock, () => lastType(first, 'approve-1') === 'TaskSubmitted');
    await first.stop();
    expect(() => first.sendTaskSuccess(asked[0]!.token, '{}')).toThrow(/stopped/);

    const secondClock = new VirtualClock(clock.now() + 3_600_000);
    const second = approvalHost(secondClock, asked, dataDir);
    await second.start();
    second.sendTaskHeartbeat(asked[0]!.token);
    expect(() => second.sendTaskSuccess(asked[0]!.token, 'not json')).toThrow(expect.objectContaining({ error: 'InvalidOutput' }));
    second.sendTaskSuccess(asked[0]!.token, '{"approved":true}');
    await driveUntil(secondClock, finished(second, 'approve-1'));

    expect(asked).toHaveLength(1);
    expect(asked[0]!.item).toBe('special');
    expect(second.describeExecution('approve-1').output).toBe(straight.describeExecution('approve-1').output);
    expect(JSON.parse(second.describeExecution('approve-1').output!)).toEqual({ item: 'special', decision: { approved: true } });
    expect(() => second.sendTaskSuccess(asked[0]!.token, '{}')).toThrow(expect.objectContaining({ error: 'TaskTimedOut' }));
    await Promise.all([straight.stop(), second.stop()]);
    expect(await readdir(join(dataDir, 'executions'))).toEqual(['approve-1.jsonl']);
  });

  it('redrives a failed execution kept on disk, and a restart during the redrive carries on from its journal', async () => {
    const dataDir = join(dir, 'redrive');
    const asked: { token: string; item: string }[] = [];
    const clock = new VirtualClock();
    const first = approvalHost(clock, asked, dataDir);
    await first.start();
    first.startExecution('approval', { item: 'chair' }, 'approve-3');
    await driveUntil(clock, () => asked.length === 1);
    first.sendTaskFailure(asked[0]!.token, 'Unreachable', 'the approver was offline');
    await driveUntil(clock, finished(first, 'approve-3'));
    expect(first.describeExecution('approve-3')).toMatchObject({ status: 'FAILED', redriveCount: 0, redriveStatus: 'REDRIVABLE' });
    await first.stop();

    // After a restart the failed execution is only its stored history: a redrive starts from it.
    const secondClock = new VirtualClock(clock.now() + 60_000);
    const second = approvalHost(secondClock, asked, dataDir);
    await second.start();
    const { redriveDate } = second.redriveExecution('approve-3');
    expect(redriveDate).toBe(new Date(secondClock.now()).toISOString());
    expect(() => second.redriveExecution('approve-3')).toThrow(expect.objectContaining({ error: 'ExecutionNotRedrivable' }));
    await driveUntil(secondClock, () => lastType(second, 'approve-3') === 'TaskSubmitted');
    expect(asked).toHaveLength(2);
    expect(second.describeExecution('approve-3')).toMatchObject({ status: 'RUNNING', redriveCount: 1, redriveDate });
    await second.stop();
    const journal = (await readFile(join(dataDir, 'executions', 'approve-3.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as HistoryEvent);
    expect(journal).toEqual(second.getExecutionHistory('approve-3'));

    const thirdClock = new VirtualClock(secondClock.now() + 60_000);
    const third = approvalHost(thirdClock, asked, dataDir);
    await third.start();
    expect(third.describeExecution('approve-3')).toMatchObject({ status: 'RUNNING', redriveCount: 1, redriveDate });
    third.sendTaskSuccess(asked[1]!.token, '{"approved":true}');
    await driveUntil(thirdClock, finished(third, 'approve-3'));
    expect(asked).toHaveLength(2);
    expect(third.describeExecution('approve-3')).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, redriveDate, redriveStatus: 'NOT_REDRIVABLE' });
    expect(JSON.parse(third.describeExecution('approve-3').output!)).toEqual({ item: 'chair', decision: { approved: true } });
    const history = third.getExecutionHistory('approve-3');
    expect(types(history).filter((t) => t === 'ExecutionRedriven')).toHaveLength(1);
    expect(types(history).filter((t) => t === 'TaskStateEntered')).toHaveLength(2);
    expect(history.map((e) => e.id)).toEqual(history.map((_, i) => i + 1));
    await third.stop();
  });

  it('answers StartExecution as AWS does for a name already used', async () => {
    const host = approvalHost(new VirtualClock(), []);
    await host.start();
    const started = host.startExecution('approval', { item: 'a' }, 'approve-2');
    expect(host.startExecution('approval', { item: 'a' }, 'approve-2')).toEqual({ ...started, existing: true });
    expect(() => host.startExecution('approval', { item: 'b' }, 'approve-2')).toThrow(expect.objectContaining({ error: 'ExecutionAlreadyExists' }));
    expect(() => host.startExecution('approval', {}, 'has space')).toThrow(expect.objectContaining({ error: 'InvalidName' }));
    expect(() => host.startExecution('nothing', {})).toThrow(expect.objectContaining({ error: 'StateMachineDoesNotExist' }));
    await host.stop();
  });
});
