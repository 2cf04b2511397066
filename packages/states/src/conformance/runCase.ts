import { StatesEngine } from '../engine/statesEngine';
import { VirtualClock } from '../engine/virtualClock';
import type { Json, JsonObject, StateDefinition, StateMachineDefinition } from '../engine/types';
import { evaluateJsonPath } from '../jsonpath';
import { TaskDispatcher } from '../tasks/taskDispatcher';
import type { TaskHandler } from '../tasks/taskTypes';
import type { CaseResult, ConformanceCase, HandlerSpec } from './conformanceCase';
import { lambdaBehaviours } from './lambdaBehaviours';

/**
 * When the corpus was built: its absolute Wait timestamps were computed from this instant (e.g.
 * "now + 24856 days"), so cases run on a virtual clock that starts here.
 */
export const CORPUS_BUILT_AT = Date.parse('2026-11-22T08:49:06.000Z');

/** Runs one case on a virtual clock, so its timeouts and waits cost no real time. */
export async function runCase(c: ConformanceCase): Promise<CaseResult> {
  const clock = new VirtualClock(CORPUS_BUILT_AT);
  const tasks = new TaskDispatcher();
  const engine = new StatesEngine({ clock, tasks, region: 'us-east-1', accountId: '111111111111' });
  bindHandlers(c, tasks, engine);
  // The recorded snapshots normalised the execution role ARN to this token (with a replacement rule
  // in most cases, but not all), so it is the role every case runs under.
  const type = c.compare.execution_kind === 'EXPRESS_SYNC' ? 'EXPRESS' : 'STANDARD';
  const machine = engine.createStateMachine('sm-conformance', c.definition, 'snf_role_arn', type);
  const execution = engine.startExecution({ stateMachineArn: machine.arn, name: 'exec-conformance', input: c.input });
  const finished = await clock.runUntil(() => execution.finished);
  if (!finished) return { id: c.id, status: 'RUNNING' };
  const outcome = await execution.done;
  const result: CaseResult = { id: c.id, status: outcome.status };
  if (outcome.status === 'SUCCEEDED') result.output = outcome.output;
  if (outcome.error !== undefined) result.error = outcome.error;
  if (outcome.cause !== undefined) result.cause = outcome.cause;
  return result;
}

function bindHandlers(c: ConformanceCase, tasks: TaskDispatcher, engine: StatesEngine): void {
  const handlers = c.lambda_handlers ?? {};
  const resources = taskResources(c.definition);
  const callbackSpecs = new Map<string, HandlerSpec>();
  for (const [state, spec] of Object.entries(handlers)) {
    if (typeof spec === 'string') {
      const arn = resources.get(state) ?? '';
      const fn = lambdaBehaviours[spec];
      if (fn) tasks.registerFunction(TaskDispatcher.functionName(arn), fn);
    } else if (spec.integration === 'lambda:invoke') {
      const fn = spec.behaviour ? lambdaBehaviours[spec.behaviour] : undefined;
      if (fn && spec.function && spec.behaviour !== 'no_such_function') tasks.registerFunction(spec.function, fn);
    } else if (spec.callback) {
      callbackSpecs.set(state, spec);
    }
  }
  const integrations = new Set([...callbackSpecs.values()].map((s) => s.integration.replace(/\.waitForTaskToken$/, '')));
  for (const integration of integrations) {
    tasks.registerIntegration(integration, callbackConsumer(callbackSpecs, engine));
  }
}

/** Plays the party that answers a task token: heartbeats, then success or failure, or nothing. */
function callbackConsumer(specs: Map<string, HandlerSpec>, engine: StatesEngine): TaskHandler {
  return async (req): Promise<Json> => {
    const spec = specs.get(req.stateName);
    if (!spec || spec.callback === 'none') return {};
    const params = (req.parameters ?? {}) as JsonObject;
    let message = params[spec.message_field ?? 'MessageBody'] as Json;
    if (typeof message === 'string') {
      try {
        message = JSON.parse(message) as Json;
      } catch {
        /* a plain-text message */
      }
    }
    let token: Json | undefined;
    try {
      token = evaluateJsonPath(spec.token_from ?? '$.TaskToken', message) as Json;
    } catch {
      token = undefined;
    }
    if (typeof token !== 'string') return {};
    const clock = req.clock;
    const answer = () => {
      try {
        for (let i = 0; i < (spec.heartbeats ?? 0); i++) engine.sendTaskHeartbeat(token);
        if (spec.callback === 'failure') engine.sendTaskFailure(token, spec.error, spec.cause);
        else {
          const output = spec.output_from ? (evaluateJsonPath(spec.output_from, message) as Json) : (spec.output ?? {});
          engine.sendTaskSuccess(token, JSON.stringify(output));
        }
      } catch {
        /* the task already ended (timed out) */
      }
    };
    clock.setTimer(clock.now() + (spec.delay_seconds ?? 0) * 1000, answer);
    return { MessageId: crypto.randomUUID() };
  };
}

/** Task state name -> Resource, anywhere in the definition (branches and Map processors too). */
function taskResources(def: { States?: Record<string, StateDefinition> }, out = new Map<string, string>()): Map<string, string> {
  for (const [name, state] of Object.entries(def.States ?? {})) {
    if (state.Type === 'Task' && typeof state.Resource === 'string') out.set(name, state.Resource);
    for (const b of (state.Branches ?? []) as StateMachineDefinition[]) taskResources(b, out);
    const proc = (state.ItemProcessor ?? state.Iterator) as StateMachineDefinition | undefined;
    if (proc) taskResources(proc, out);
  }
  return out;
}
