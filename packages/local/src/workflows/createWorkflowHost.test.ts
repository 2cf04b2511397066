import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoViewStore } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { VirtualClock, type HistoryEvent } from '@forkcast/states';
import { writeImportStatus, type ImportStatusView } from '../../../functions/src/imports/importStatus';
import { loadWorkflowHandler, workflows, type Workflow } from '../../../functions/src/workflows';
import { createWorkflowHost, type WorkflowHost } from './createWorkflowHost';
import { driveUntil } from './driveUntil';

let dynalite: DynaliteHandle;
let views: DynamoViewStore;
let dir: string;
beforeAll(async () => {
  dynalite = await startDynalite();
  views = new DynamoViewStore({ client: dynalite.client, tableName: dynalite.tables.views });
  dir = await mkdtemp(join(tmpdir(), 'forkcast-workflows-'));
  Object.assign(process.env, {
    FORKCAST_DYNAMODB_ENDPOINT: dynalite.endpoint, EVENTS_TABLE: dynalite.tables.events, VIEWS_TABLE: dynalite.tables.views,
    FORKCAST_OUTBOX_DIR: join(dir, 'outbox'),
  });
});
afterAll(async () => {
  await dynalite?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

let imports = 0;
const newImportId = () => `01JH00000000000000000000${String(++imports).padStart(2, '0')}`;
const setStatus = (importId: string, status: ImportStatusView['status'], extra: Partial<ImportStatusView> = {}) =>
  writeImportStatus(views, importId, (current) => ({
    importId, filename: 'pune.csv', key: `imports/${importId}/pune.csv`, createdAt: '2025-01-01T00:00:00.000Z', ...current, status, updatedAt: new Date().toISOString(), ...extra,
  }));

const types = (history: HistoryEvent[]) => history.map((e) => e.type);
const lastType = (host: WorkflowHost, name: string) => types(host.getExecutionHistory(name)).at(-1);
const finished = (host: WorkflowHost, name: string) => () => host.describeExecution(name).status !== 'RUNNING';

function importHost(clock: VirtualClock, dataDir?: string, log?: (line: string) => void) {
  return createWorkflowHost({ workflows, loadHandler: loadWorkflowHandler, clock, dataDir, log });
}

describe('import-follow-up through the host', () => {
  it('checks until the import finishes, then tells staff once', async () => {
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const host = importHost(clock);
    await host.start();
    const importId = newImportId();
    await setStatus(importId, 'running');
    const { name } = host.startExecution('import-follow-up', { importId }, `import-${importId}`);
    await driveUntil(clock, () => lastType(host, name) === 'WaitStateEntered');
    await setStatus(importId, 'completed', { summary: 'imported 2, updated 0, unchanged 0, rejected 1' });
    await driveUntil(clock, finished(host, name));

    const described = host.describeExecution(name);
    expect(described.status).toBe('SUCCEEDED');
    expect(JSON.parse(described.output!)).toEqual({ importId, status: 'completed', checks: 2 });
    const message = JSON.parse(await readFile(join(dir, 'outbox', `import-${importId}.json`), 'utf8')) as { subject: string; text: string };
    expect(message.subject).toBe('Import finished: pune.csv');
    expect(message.text).toContain('imported 2, updated 0, unchanged 0, rejected 1');
    await host.stop();
  });

  it('fails at once, without retrying, for an import that does not exist', async () => {
    const clock = new VirtualClock();
    const host = importHost(clock);
    await host.start();
    const { name } = host.startExecution('import-follow-up', { importId: 'nope' });
    await driveUntil(clock, finished(host, name));
    const described = host.describeExecution(name);
    expect(described).toMatchObject({ status: 'FAILED', error: 'ImportNotFound' });
    expect(types(host.getExecutionHistory(name)).filter((t) => t === 'TaskScheduled')).toHaveLength(1);
    await host.stop();
  });
});

describe('executions persisted as their history', () => {
  /** Runs the follow-up of a fresh import that finishes after its first check; stops the host mid-Wait when asked. */
  async function followUp(dataDir: string, interrupt: (file: string) => Promise<void> = async () => {}) {
    const importId = newImportId();
    await setStatus(importId, 'running');
    const clock = new VirtualClock(Date.UTC(2025, 0, 1));
    const first = importHost(clock, dataDir);
    await first.start();
    const { name } = first.startExecution('import-follow-up', { importId });
    await driveUntil(clock, () => lastType(first, name) === 'WaitStateEntered');
    await first.stop();
    // Stopped as a crash would leave it: no timer left to fire, nothing more recorded.
    expect(clock.pendingTimers).toBe(0);
    const frozenAt = first.getExecutionHistory(name).length;
    const stoppedAt = clock.now();
    await clock.advance(60_000);
    expect(first.getExecutionHistory(name)).toHaveLength(frozenAt);
    await setStatus(importId, 'completed', { summary: 'imported 1, updated 0, unchanged 0, rejected 0' });
    const file = join(dataDir, 'executions', `${name}.jsonl`);
    await interrupt(file);

    const logs: string[] = [];
    const restartClock = new VirtualClock(stoppedAt + 10_000);
    const second = importHost(restartClock, dataDir, (line) => logs.push(line));
    await second.start();
    expect(second.describeExecution(name).status).toBe('RUNNING');
    await driveUntil(restartClock, finished(second, name));
    await second.stop();
    return { importId, name, file, logs, host: second };
  }

  it('resumes an execution stopped inside a Wait and ends as an uninterrupted run does', async () => {
    const uninterrupted = await (async () => {
      const importId = newImportId();
      await setStatus(importId, 'running');
      const clock = new VirtualClock(Date.UTC(2025, 0, 1));
      const host = importHost(clock, join(dir, 'straight'));
      await host.start();
      const { name } = host.startExecution('import-follow-up', { importId });
      await driveUntil(clock, () => lastType(host, name) === 'WaitStateEntered');
      await setStatus(importId, 'completed', { summary: 'imported 1, updated 0, unchanged 0, rejected 0' });
      await driveUntil(clock, finished(host, name));
      await host.stop();
      return { importId, history: host.getExecutionHistory(name), output: JSON.parse(host.describeExecution(name).output!) as Record<string, unknown> };
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
    // The wait ended 30 s after it began, though the process restarted in between.
    const entered = history.find((e) => e.type === 'WaitStateEntered')!;
    const exited = history.find((e) => e.type === 'WaitStateExited')!;
    expect(Date.parse(exited.timestamp) - Date.parse(entered.timestamp)).toBe(30_000);
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
    first.startExecution('import-follow-up', { importId: 'gone' }, 'follow-gone');
    await driveUntil(clock, finished(first, 'follow-gone'));
    await first.stop();

    const second = importHost(new VirtualClock(), dataDir);
    await second.start();
    expect(second.listExecutions({ status: 'FAILED' }).map((e) => e.name)).toEqual(['follow-gone']);
    expect(second.describeExecution(first.describeExecution('follow-gone').executionArn)).toEqual(first.describeExecution('follow-gone'));
    expect(() => second.startExecution('import-follow-up', { importId: 'gone' }, 'follow-gone')).toThrow(/Execution Already Exists/);
    await second.stop();
  });
});

describe('waiting on a task token across a restart', () => {
  const approval: Workflow = {
    name: 'approval',
    file: 'approval.asl.json',
    type: 'STANDARD',
    description: 'test',
    substitutions: { AskFunctionArn: { module: 'ask', export: 'handler' } },
  };
  const definition = {
    QueryLanguage: 'JSONata',
    StartAt: 'Ask staff to approve',
    States: {
      'Ask staff to approve': {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Arguments: { FunctionName: '${AskFunctionArn}', Payload: { token: '{% $states.context.Task.Token %}', item: '{% $states.input.item %}' } },
        Output: '{% {"item": $states.input.item, "decision": $states.result} %}',
        End: true,
      },
    },
  };

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
