import type { Context } from 'aws-lambda';
import { readFile } from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  bindLocalIntegrations, definitionGraph, executionArn as formExecutionArn, executionNameOf, StatesEngine, StatesError, substituteDefinition,
  type Clock, type DefinitionGraph, type Execution, type HistoryEvent, type Json, type LocalIntegrations, type StateMachineDefinition,
} from '@forkcast/states';
import type { Workflow } from '@forkcast/functions';
import { functionsSourceUrl } from '../handlers/functionsSource';
import { createLambdaContext } from '../gateway/createLambdaContext';
import { localAccountId, localRegion } from '../runtime/localEnvironment';
import { describeFromHistory, isFinished, listItemOf, type ExecutionDescription, type ExecutionListItem } from './executionDescription';
import { fileJournal, memoryJournal, type StoredExecution } from './executionJournal';
import { checkExecutionName } from './executionName';
import { haltableClock, type HaltableClock } from './haltableClock';
import { ScaledClock } from './scaledClock';

/** A workflow task's Lambda handler, as the engine invokes it. */
export type WorkflowLambdaHandler = (event: never, context: Context) => unknown;

export interface WorkflowHostOptions {
  workflows: readonly Workflow[];
  /** The handler of a substitution's module (packages/functions/src relative, no extension). */
  loadHandler: (module: string) => Promise<WorkflowLambdaHandler>;
  /** Histories go to `<dataDir>/executions/<name>.jsonl`; in memory only when absent. */
  dataDir?: string;
  /** Default: real time sped up by `speed` (default 1). */
  clock?: Clock;
  speed?: number;
  /** events:putEvents, dynamodb get/put/update; states:startExecution defaults to this host. */
  integrations?: LocalIntegrations;
  /** Reads an ASL file named in the table (relative to packages/functions/src). */
  readDefinition?: (file: string) => Promise<unknown>;
  log?: (line: string) => void;
}

export interface WorkflowSummary {
  name: string;
  type: Workflow['type'];
  file: string;
  description: string;
  stateMachineArn: string;
}

export interface ExecutionFilter {
  workflow?: string;
  status?: ExecutionDescription['status'];
}

export interface WorkflowHost {
  /** Creates the state machines, then resumes every stored execution that had not finished. */
  start(): Promise<void>;
  listWorkflows(): WorkflowSummary[];
  graph(workflow: string): DefinitionGraph;
  /** The ASL definition as the engine runs it (substitutions applied), for the console's advanced view. */
  definition(workflow: string): StateMachineDefinition;
  /** StartExecution. A Standard workflow's same name with the same input while running answers the same execution. */
  startExecution(workflow: string, input?: Json, name?: string): { executionArn: string; name: string; startDate: string; existing: boolean };
  /**
   * RedriveExecution: a Standard execution that ended FAILED, TIMED_OUT or ABORTED in the last 14
   * days runs again from what did not succeed, under the same ARN (ExecutionNotRedrivable otherwise).
   */
  redriveExecution(execution: string): { redriveDate: string };
  /** StopExecution: a running execution ends ABORTED; a finished one is left as it is. */
  stopExecution(execution: string, error?: string, cause?: string): Promise<void>;
  sendTaskSuccess(token: string, output: string): void;
  sendTaskFailure(token: string, error?: string, cause?: string): void;
  sendTaskHeartbeat(token: string): void;
  /** Newest first, as ListExecutions. */
  listExecutions(filter?: ExecutionFilter): ExecutionListItem[];
  /** By ARN or name (names are unique across the host). */
  describeExecution(execution: string): ExecutionDescription;
  getExecutionHistory(execution: string): HistoryEvent[];
  /** Freezes running executions where they are (they resume on the next start) and finishes writing. */
  stop(): Promise<void>;
}

interface ExecutionRecord {
  workflow: string;
  arn: string;
  /** Absent for executions loaded finished, or whose workflow is no longer defined. */
  execution?: Execution;
  stored?: HistoryEvent[];
}

/** The Lambda maximum: the stacks have not set one for workflow functions yet. */
const lambdaTimeoutMs = 900_000;

/** What a call made after stop() gets: no answer, as if the process had gone. */
const frozen = () => new Promise<never>(() => {});

function freezeOnStop(integrations: LocalIntegrations, isStopped: () => boolean): LocalIntegrations {
  return Object.fromEntries(
    Object.entries(integrations).map(([name, call]) => [name, call && ((...args: Parameters<typeof call>) => (isStopped() ? frozen() : call(...args)))]),
  ) as LocalIntegrations;
}

/**
 * Waits until resumed executions have replayed their stored history, so the tokens they wait on
 * are armed again before the first SendTaskSuccess can arrive. Replay does no I/O: a few turns do.
 */
async function replayed(executions: Execution[]): Promise<void> {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  for (let i = 0; i < 10_000 && executions.some((e) => !e.finished && e.recorder.replaying); i++) await turn();
  for (let i = 0; i < 3; i++) await turn();
}

const readFromFunctions = async (file: string): Promise<unknown> => JSON.parse(await readFile(new URL(file, functionsSourceUrl()), 'utf8'));

/** A UUID-shaped (version 5 layout) digest of `text`: the same text always gives the same id. */
function nameBasedUuid(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Forkcast's ASL files on @forkcast/states, with histories that survive a restart. */
export function createWorkflowHost(options: WorkflowHostOptions): WorkflowHost {
  const log = options.log ?? (() => {});
  const region = localRegion;
  const accountId = localAccountId;
  const journal = options.dataDir ? fileJournal(join(options.dataDir, 'executions'), log) : memoryJournal;
  const workflows = new Map(options.workflows.map((w) => [w.name, w]));
  const definitions = new Map<string, StateMachineDefinition>();
  const records = new Map<string, ExecutionRecord>();
  let engine: StatesEngine | undefined;
  let clock: HaltableClock | undefined;
  let stopped = false;

  const machineArn = (workflow: string) => `arn:aws:states:${region}:${accountId}:stateMachine:${workflow}`;
  // Express ARNs end in an id AWS draws per execution; names are unique across the host, so the id
  // is derived from the name and a stored Express execution gets its ARN back after a restart.
  const expressExecutionId = (workflow: string, name: string) => nameBasedUuid(`${machineArn(workflow)}/${name}`);
  const executionArn = (workflow: string, name: string) =>
    formExecutionArn(machineArn(workflow), workflows.get(workflow)?.type ?? 'STANDARD', name, expressExecutionId(workflow, name));

  function running(): StatesEngine {
    if (stopped) throw new Error('the workflow host has stopped');
    if (!engine) throw new Error('the workflow host has not started');
    return engine;
  }

  function workflowOf(name: string): Workflow {
    const workflow = workflows.get(name);
    if (!workflow) throw new StatesError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${machineArn(name)}'`);
    return workflow;
  }

  function recordOf(execution: string): ExecutionRecord {
    // A name cannot contain ':'; in an ARN of either form (execution:, express:) it is the 8th field.
    const name = executionNameOf(execution);
    const record = records.get(name);
    if (!record || (execution.includes(':') && record.arn !== execution)) {
      throw new StatesError('ExecutionDoesNotExist', `Execution Does Not Exist: '${execution}'`);
    }
    return record;
  }

  const historyOf = (record: ExecutionRecord) => record.execution?.history ?? record.stored ?? [];
  const describe = (name: string, record: ExecutionRecord) =>
    describeFromHistory(historyOf(record), { executionArn: record.arn, workflow: record.workflow, name }, { type: workflows.get(record.workflow)?.type ?? 'STANDARD', now: clock?.now() ?? Date.now() });

  function registerFunctions(states: StatesEngine, workflow: Workflow): Record<string, string> {
    const arns: Record<string, string> = {};
    for (const [substitution, module] of Object.entries(workflow.substitutions)) {
      const functionName = `forkcast-local-${module.slice(module.lastIndexOf('/') + 1)}`;
      arns[substitution] = `arn:aws:lambda:${region}:${accountId}:function:${functionName}`;
      let loaded: Promise<WorkflowLambdaHandler> | undefined;
      states.tasks.registerFunction(functionName, async (event) => {
        if (stopped) return frozen();
        loaded ??= options.loadHandler(module);
        const result = await (await loaded)(event as never, createLambdaContext({ functionName, region, accountId, timeoutMs: lambdaTimeoutMs }));
        // The Lambda runtime serializes what the handler returns; undefined arrives as null.
        return result === undefined ? null : (JSON.parse(JSON.stringify(result)) as Json);
      });
    }
    return arns;
  }

  async function createMachine(states: StatesEngine, workflow: Workflow): Promise<void> {
    const raw = await (options.readDefinition ?? readFromFunctions)(workflow.file);
    const definition = substituteDefinition(raw as StateMachineDefinition, registerFunctions(states, workflow));
    const unbound = [...JSON.stringify(definition).matchAll(/\$\{([A-Za-z0-9_.:-]+)\}/g)].map((m) => m[1]);
    if (unbound.length > 0) throw new Error(`workflow ${workflow.name}: ${workflow.file} uses \${${unbound.join('}, ${')}} but the workflow table binds no such substitution`);
    states.createStateMachine(workflow.name, definition, undefined, workflow.type);
    definitions.set(workflow.name, definition);
  }

  function restore(states: StatesEngine, { name, events }: StoredExecution): boolean {
    const started = events[0]?.executionStartedEventDetails as { stateMachineArn?: string } | undefined;
    const workflow = started?.stateMachineArn?.slice(started.stateMachineArn.lastIndexOf(':') + 1);
    if (!workflow) {
      log(`workflows: ${name}.jsonl does not begin with ExecutionStarted; not loaded`);
      return false;
    }
    const arn = executionArn(workflow, name);
    if (isFinished(events) || !workflows.has(workflow)) {
      if (!isFinished(events)) log(`workflows: execution ${name} is not resumed: workflow ${workflow} is no longer defined`);
      records.set(name, { workflow, arn, stored: events });
      return false;
    }
    records.set(name, { workflow, arn, execution: states.resumeExecution(machineArn(workflow), arn, events) });
    return true;
  }

  return {
    async start() {
      if (engine) throw new Error('the workflow host has already started');
      const stored = await journal.load();
      const latest = Math.max(0, ...stored.map((s) => Date.parse(s.events[s.events.length - 1]!.timestamp)));
      clock = haltableClock(options.clock ?? new ScaledClock(options.speed ?? 1, latest));
      const states = new StatesEngine({ clock, region, accountId, expressExecutionId });
      for (const workflow of workflows.values()) await createMachine(states, workflow);
      bindLocalIntegrations(states, freezeOnStop(options.integrations ?? {}, () => stopped));
      states.onHistoryEvent((execution) => {
        const known = records.get(execution.name);
        if (known && known.arn !== execution.arn) {
          log(`workflows: ${execution.arn} shares its name with ${known.arn}; its history is not kept`);
          return;
        }
        // Executions started by a Task (states:startExecution) are first seen here.
        if (!known) records.set(execution.name, { workflow: execution.stateMachineArn.slice(execution.stateMachineArn.lastIndexOf(':') + 1), arn: execution.arn, execution });
        journal.record(execution.name, execution.history);
      });
      engine = states;
      const resumed = stored.filter((s) => restore(states, s)).length;
      await replayed([...records.values()].flatMap((r) => (r.execution ? [r.execution] : [])));
      log(`workflows: ${workflows.size} state machine(s); ${resumed} execution(s) resumed, ${records.size - resumed} finished or stalled`);
    },

    listWorkflows() {
      return [...workflows.values()].map((w) => ({ name: w.name, type: w.type, file: w.file, description: w.description, stateMachineArn: machineArn(w.name) }));
    },

    definition(workflow) {
      workflowOf(workflow);
      const definition = definitions.get(workflow);
      if (!definition) throw new Error('the workflow host has not started');
      return definition;
    },

    graph(workflow) {
      workflowOf(workflow);
      const definition = definitions.get(workflow);
      if (!definition) throw new Error('the workflow host has not started');
      return definitionGraph(definition);
    },

    startExecution(workflowName, input = {}, name) {
      const states = running();
      const workflow = workflowOf(workflowName);
      const executionName = name ?? randomUUID();
      checkExecutionName(executionName);
      const existing = records.get(executionName);
      if (existing) {
        const current = describe(executionName, existing);
        const sameRequest = existing.workflow === workflow.name && current.input === JSON.stringify(input) && current.status === 'RUNNING';
        // Only Standard StartExecution is idempotent, and only while the execution runs.
        if (sameRequest && workflow.type === 'STANDARD') return { executionArn: existing.arn, name: executionName, startDate: current.startDate, existing: true };
        throw new StatesError('ExecutionAlreadyExists', `Execution Already Exists: '${existing.arn}'`);
      }
      const execution = states.startExecution({ stateMachineArn: machineArn(workflow.name), name: executionName, input });
      records.set(executionName, { workflow: workflow.name, arn: execution.arn, execution });
      // Listeners attach after the engine constructs the execution, so they miss ExecutionStarted: write it now.
      journal.record(executionName, execution.history);
      return { executionArn: execution.arn, name: executionName, startDate: execution.startDate, existing: false };
    },

    redriveExecution(execution) {
      const states = running();
      const record = recordOf(execution);
      if (!workflows.has(record.workflow)) {
        throw new StatesError('ExecutionNotRedrivable', `Execution '${record.arn}' cannot be redriven: its workflow ${record.workflow} is no longer defined.`);
      }
      const redriven = states.redriveExecution(record.arn, record.execution ? undefined : record.stored);
      records.set(executionNameOf(record.arn), { workflow: record.workflow, arn: record.arn, execution: redriven });
      // As with ExecutionStarted: the engine's listeners attach after ExecutionRedriven was recorded.
      journal.record(executionNameOf(record.arn), redriven.history);
      return { redriveDate: redriven.redriveDate! };
    },

    async stopExecution(execution, error, cause) {
      running();
      const record = recordOf(execution);
      if (!record.execution || record.execution.finished) return;
      record.execution.stop(error, cause);
      // As StopExecution answers once the stop is recorded: ExecutionAborted is in the history.
      await record.execution.done.catch(() => undefined);
    },
    sendTaskSuccess(token, output) {
      const states = running();
      try {
        JSON.parse(output);
      } catch {
        throw new StatesError('InvalidOutput', 'The output is not valid JSON.');
      }
      states.sendTaskSuccess(token, output);
    },

    sendTaskFailure(token, error, cause) {
      running().sendTaskFailure(token, error, cause);
    },

    sendTaskHeartbeat(token) {
      running().sendTaskHeartbeat(token);
    },

    listExecutions(filter = {}) {
      if (filter.workflow !== undefined) workflowOf(filter.workflow);
      return [...records.entries()]
        .filter(([, r]) => filter.workflow === undefined || r.workflow === filter.workflow)
        .map(([name, r]) => listItemOf(describe(name, r)))
        .filter((d) => filter.status === undefined || d.status === filter.status)
        .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
    },

    describeExecution(execution) {
      const record = recordOf(execution);
      return describe(executionNameOf(execution), record);
    },

    getExecutionHistory(execution) {
      return [...historyOf(recordOf(execution))];
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      clock?.halt();
      await journal.close();
    },
  };
}
