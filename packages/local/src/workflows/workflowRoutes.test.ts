import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualClock, type HistoryEvent } from '@forkcast/states';
import type { Workflow } from '@forkcast/functions';
import { createJwtAuthorizer } from '../auth/createJwtAuthorizer';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import { createWorkflowHost, type WorkflowHost } from './createWorkflowHost';
import { driveUntil } from './driveUntil';
import { createWorkflowRoutes, workflowPathPrefixes } from './workflowRoutes';

const approval: Workflow = { name: 'approval', file: 'approval.asl.json', type: 'STANDARD', description: 'asks staff', substitutions: { AskFunctionArn: 'ask' } };
const definition = {
  StartAt: 'Ask staff to approve',
  States: {
    'Ask staff to approve': {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: '${AskFunctionArn}', Payload: { 'token.$': '$$.Task.Token' } },
      Catch: [{ ErrorEquals: ['Rejected'], Next: 'Turned down' }],
      End: true,
    },
    'Turned down': { Type: 'Fail', Error: 'Rejected' },
  },
};

const issuer = 'http://localhost:3999';
let dir: string;
let server: Server;
let base: string;
let host: WorkflowHost;
let clock: VirtualClock;
let staff: string;
let diner: string;
const tokens: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-workflow-routes-'));
  const key = await loadOrCreateSigningKey(join(dir, 'signing-key.json'));
  const token = (role: 'staff' | 'diner') => issueToken({ key, issuer, sub: `${role}-1`, role, ttlSeconds: 600 });
  [staff, diner] = await Promise.all([token('staff'), token('diner')]);
  clock = new VirtualClock();
  host = createWorkflowHost({
    workflows: [approval],
    readDefinition: async () => structuredClone(definition),
    loadHandler: async () => (event: never) => void tokens.push((event as { token: string }).token),
    clock,
  });
  await host.start();
  const handle = createWorkflowRoutes({ host, authorize: createJwtAuthorizer({ jwks: [key.publicJwk], issuer }) });
  server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    if (!workflowPathPrefixes.some((p) => url.pathname.startsWith(p))) return void response.writeHead(418).end();
    void handle(request, response, url);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await host?.stop();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(base + path);
const post = (path: string, body: unknown, auth: string | null = staff) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const problem = async (response: Response) => ({ ...((await response.json()) as { code?: string; detail?: string }), status: response.status, contentType: response.headers.get('content-type') });

describe('the workflow console routes', () => {
  it('lists workflows with their graph', async () => {
    const body = (await (await get('/_local/workflows')).json()) as { workflows: { name: string; graph: { nodes: { name: string }[]; edges: { label: string }[] } }[] };
    expect(body.workflows.map((w) => w.name)).toEqual(['approval']);
    expect(body.workflows[0]!.graph.nodes.map((n) => n.name)).toEqual(['Ask staff to approve', 'Turned down']);
    expect(body.workflows[0]!.graph.edges.map((e) => e.label)).toEqual(['Catch']);
  });

  it('lets only staff start executions, with a precise error for each bad request', async () => {
    expect((await post('/_local/executions', { workflow: 'approval' }, null)).status).toBe(401);
    expect((await post('/_local/executions', { workflow: 'approval' }, diner)).status).toBe(403);
    expect((await post('/_local/executions', 'not json')).status).toBe(400);
    expect((await post('/_local/executions', { input: {} })).status).toBe(400);
    expect(await problem(await post('/_local/executions', { workflow: 'nope' }))).toMatchObject({ status: 404, code: 'StateMachineDoesNotExist', contentType: 'application/problem+json' });
    expect(await problem(await post('/_local/executions', { workflow: 'approval', name: 'a/b' }))).toMatchObject({ status: 400, code: 'InvalidName' });
    expect((await fetch(`${base}/_local/executions`, { method: 'DELETE' })).status).toBe(405);
  });

  it('starts, lists, describes and completes an execution through its task token', async () => {
    const created = await post('/_local/executions', { workflow: 'approval', input: { item: 'special' }, name: 'approve-special' });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/_local/executions/approve-special');
    const started = (await created.json()) as { executionArn: string };
    expect(started.executionArn).toMatch(/:execution:approval:approve-special$/);
    expect((await post('/_local/executions', { workflow: 'approval', input: { item: 'special' }, name: 'approve-special' })).status).toBe(200);
    expect(await problem(await post('/_local/executions', { workflow: 'approval', input: { item: 'other' }, name: 'approve-special' }))).toMatchObject({ status: 409, code: 'ExecutionAlreadyExists' });

    await driveUntil(clock, () => tokens.length === 1);
    const running = (await (await get('/_local/executions?workflow=approval&status=RUNNING')).json()) as { executions: { name: string }[] };
    expect(running.executions.map((e) => e.name)).toEqual(['approve-special']);
    expect((await get('/_local/executions?status=BOGUS')).status).toBe(400);
    expect((await get('/_local/executions?workflow=nope')).status).toBe(404);

    const token = encodeURIComponent(tokens[0]!);
    expect((await post(`/_local/task-tokens/${token}/heartbeat`, {})).status).toBe(200);
    expect(await problem(await post(`/_local/task-tokens/${token}/success`, { output: '{broken' }))).toMatchObject({ status: 400, code: 'InvalidOutput' });
    expect((await post(`/_local/task-tokens/${token}/success`, { output: { approved: true } }, diner)).status).toBe(403);
    expect((await post(`/_local/task-tokens/${token}/success`, { output: { approved: true } })).status).toBe(200);
    expect(await problem(await post(`/_local/task-tokens/${token}/success`, { output: {} }))).toMatchObject({ status: 404, code: 'TaskTimedOut' });
    await driveUntil(clock, () => host.describeExecution('approve-special').status !== 'RUNNING');

    const described = (await (await get('/_local/executions/approve-special')).json()) as { status: string; output: string; input: string };
    expect(described).toMatchObject({ status: 'SUCCEEDED', input: '{"item":"special"}' });
    expect(JSON.parse(described.output)).toEqual({ approved: true });
    const history = (await (await get('/_local/executions/approve-special/history')).json()) as { events: HistoryEvent[] };
    expect(history.events.map((e) => e.type)).toEqual(host.getExecutionHistory('approve-special').map((e) => e.type));
    expect(history.events.at(-1)!.type).toBe('ExecutionSucceeded');
  });

  it('fails a task through its token', async () => {
    await post('/_local/executions', { workflow: 'approval', name: 'approve-no' });
    await driveUntil(clock, () => tokens.length === 2);
    expect((await post(`/_local/task-tokens/${encodeURIComponent(tokens[1]!)}/failure`, { error: 'Rejected', cause: 'not this week' })).status).toBe(200);
    await driveUntil(clock, () => host.describeExecution('approve-no').status !== 'RUNNING');
    expect(host.describeExecution('approve-no')).toMatchObject({ status: 'FAILED', error: 'Rejected' });
  });

  it('redrives a failed execution for staff only, from the state that failed', async () => {
    await post('/_local/executions', { workflow: 'approval', name: 'approve-flaky' });
    await driveUntil(clock, () => tokens.length === 3);
    await post(`/_local/task-tokens/${encodeURIComponent(tokens[2]!)}/failure`, { error: 'Unreachable', cause: 'the approver was offline' });
    await driveUntil(clock, () => host.describeExecution('approve-flaky').status !== 'RUNNING');
    const failed = (await (await get('/_local/executions/approve-flaky')).json()) as Record<string, unknown>;
    expect(failed).toMatchObject({ status: 'FAILED', error: 'Unreachable', redriveCount: 0, redriveStatus: 'REDRIVABLE' });
    expect(failed).not.toHaveProperty('redriveDate');

    expect((await post('/_local/executions/approve-flaky/redrive', {}, null)).status).toBe(401);
    expect((await post('/_local/executions/approve-flaky/redrive', {}, diner)).status).toBe(403);
    const form = await fetch(`${base}/_local/executions/approve-flaky/redrive`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect(form.status).toBe(415);
    expect((await get('/_local/executions/approve-flaky/redrive')).status).toBe(405);
    expect(host.describeExecution('approve-flaky').status).toBe('FAILED');

    const redriven = await post('/_local/executions/approve-flaky/redrive', {});
    expect(redriven.status).toBe(200);
    const answer = (await redriven.json()) as { redriveDate: string; executionArn: string };
    expect(answer.executionArn).toMatch(/:execution:approval:approve-flaky$/);
    expect(answer.redriveDate).toBe(new Date(clock.now()).toISOString());
    await driveUntil(clock, () => tokens.length === 4);
    const running = (await (await get('/_local/executions/approve-flaky')).json()) as Record<string, unknown>;
    expect(running).toMatchObject({ status: 'RUNNING', redriveCount: 1, redriveDate: answer.redriveDate, redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is RUNNING and cannot be redriven.' });
    expect(running).toMatchObject({ currentState: { name: 'Ask staff to approve' }, waitingForTaskToken: { state: 'Ask staff to approve' } });
    expect(running).not.toHaveProperty('error');
    expect(await problem(await post('/_local/executions/approve-flaky/redrive', {}))).toMatchObject({ status: 409, code: 'ExecutionNotRedrivable', contentType: 'application/problem+json' });

    await post(`/_local/task-tokens/${encodeURIComponent(tokens[3]!)}/success`, { output: { approved: true } });
    await driveUntil(clock, () => host.describeExecution('approve-flaky').status !== 'RUNNING');
    expect(host.describeExecution('approve-flaky')).toMatchObject({ status: 'SUCCEEDED', redriveCount: 1, redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven.' });
    const history = (await (await get('/_local/executions/approve-flaky/history')).json()) as { events: HistoryEvent[] };
    expect(history.events.filter((e) => e.type === 'ExecutionRedriven').map((e) => e.executionRedrivenEventDetails)).toEqual([{ redriveCount: 1 }]);
    expect(await problem(await post('/_local/executions/approve-flaky/redrive', {}))).toMatchObject({ status: 409, code: 'ExecutionNotRedrivable' });
    expect(await problem(await post('/_local/executions/nobody/redrive', {}))).toMatchObject({ status: 404, code: 'ExecutionDoesNotExist' });
  });

  it('answers 404 for unknown executions and paths', async () => {
    expect(await problem(await get('/_local/executions/nobody'))).toMatchObject({ status: 404, code: 'ExecutionDoesNotExist' });
    expect((await get('/_local/executions/nobody/history')).status).toBe(404);
    expect((await get('/_local/executions/a/b/c')).status).toBe(404);
    expect((await post('/_local/task-tokens/x/approve', {})).status).toBe(404);
  });
});
