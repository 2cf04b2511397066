import { StatesError } from '../../errors/statesError';
import { untruncated } from '../../history/payloadDetails';
import { abortable } from '../aborted';
import type { Interpreter } from '../interpreter';
import { withRetry } from '../retry';
import { sleepUntil } from '../sleep';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json, JsonObject } from '../types';
import { taskToken } from '../taskToken';
import { assertResultSize } from '../payloadLimit';
import { finishWithResult } from './finishWithResult';


/** Abort reason when a call ends; a plain value spares Node building a DOMException per task. */
const FINISHED = Symbol('finished');

interface ParsedResource {
  kind: 'lambda' | 'integration';
  /** Plain Lambda: the function ARN. Integration: `service:action`. */
  target: string;
  pattern: 'request' | 'sync' | 'waitForTaskToken';
  resourceType: string;
  resourceName: string;
}

export function parseResource(resource: string): ParsedResource {
  if (/^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(resource)) {
    return { kind: 'lambda', target: resource, pattern: 'request', resourceType: 'lambda', resourceName: resource };
  }
  const m = /^arn:[^:]+:states:[^:]*:[^:]*:(.+?)(?:\.(sync(?::2)?|waitForTaskToken))?$/.exec(resource);
  if (!m) throw new StatesError('States.Runtime', `Unsupported Task resource '${resource}'.`);
  const integration = m[1];
  const cut = integration.lastIndexOf(':');
  const suffix = m[2] ? `.${m[2]}` : '';
  return {
    kind: 'integration',
    target: integration,
    pattern: m[2] === 'waitForTaskToken' ? 'waitForTaskToken' : m[2] ? 'sync' : 'request',
    resourceType: integration.slice(0, cut),
    resourceName: integration.slice(cut + 1) + suffix,
  };
}

export async function runTask(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const flow = it.flow;
  const resource = parseResource(def.Resource as string);
  const jsonata = frame.ql === 'JSONata';
  const effective = jsonata ? frame.rawInput : flow.inputPath(frame);

  const result = await withRetry(it, frame, async () => {
    const timeouts = await readTimeouts(it, frame, effective);
    const token = resource.pattern === 'waitForTaskToken' ? taskToken(it.env.executionArn, frame.enteredEventId, frame.retryCount) : undefined;
    frame.contextExtras = token ? { Task: { Token: token } } : undefined;
    try {
      let params: Json;
      if (jsonata) params = def.Arguments !== undefined ? await flow.jsonata(frame, def.Arguments, 'Arguments') : frame.rawInput;
      else params = def.Parameters !== undefined ? flow.template(frame, def.Parameters, effective) : effective;
      return await invokeOnce(it, frame, resource, params, timeouts, token);
    } finally {
      frame.contextExtras = undefined;
    }
  });

  return finishWithResult(it, frame, result);
}

async function readTimeouts(it: Interpreter, frame: StateFrame, effective: Json): Promise<{ timeout?: number; heartbeat?: number }> {
  const { def } = frame;
  const read = async (field: 'TimeoutSeconds' | 'HeartbeatSeconds'): Promise<number | undefined> => {
    if (frame.ql === 'JSONata') {
      if (def[field] === undefined) return undefined;
      const v = await it.flow.jsonata(frame, def[field], field);
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
        throw new StatesError('States.QueryEvaluationError', `The ${field} field must be a positive integer, but was: ${JSON.stringify(v)}`);
      }
      return v;
    }
    if (def[field] !== undefined) return def[field] as number;
    const path = def[`${field}Path`] as string | undefined;
    if (path === undefined) return undefined;
    const v = it.flow.pathField(frame, path, effective, `${field}Path`);
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
      throw new StatesError('States.Runtime', `The ${field}Path field refers to value ${JSON.stringify(v)} which is not a valid positive integer: ${path}`);
    }
    return v;
  };
  return { timeout: await read('TimeoutSeconds'), heartbeat: await read('HeartbeatSeconds') };
}

function taskError(e: unknown): StatesError {
  const err = e instanceof StatesError ? e : new StatesError('States.TaskFailed', (e as Error)?.message ?? String(e));
  (err as unknown as { fromTask: boolean }).fromTask = true;
  return err;
}

async function invokeOnce(
  it: Interpreter,
  frame: StateFrame,
  resource: ParsedResource,
  params: Json,
  timeouts: { timeout?: number; heartbeat?: number },
  token: string | undefined,
): Promise<Json> {
  const env = it.env;
  const scope = frame.scope;
  const lambda = resource.kind === 'lambda';
  const ids = { resourceType: resource.resourceType, resource: resource.resourceName };
  const scheduledDetails: Record<string, unknown> = lambda
    ? { resource: resource.target, input: JSON.stringify(params), inputDetails: untruncated }
    : { ...ids, region: env.region, parameters: JSON.stringify(params) };
  if (timeouts.timeout !== undefined) scheduledDetails.timeoutInSeconds = timeouts.timeout;
  if (!lambda && timeouts.heartbeat !== undefined) scheduledDetails.heartbeatInSeconds = timeouts.heartbeat;
  const scheduled = it.emit(scope, lambda ? 'LambdaFunctionScheduled' : 'TaskScheduled', scheduledDetails);
  const started = it.emit(scope, lambda ? 'LambdaFunctionStarted' : 'TaskStarted', lambda ? undefined : ids);
  // Without TimeoutSeconds AWS allows 99999999 s; no timer is armed for that (the task just waits).
  const deadline = timeouts.timeout === undefined ? undefined : Date.parse(scheduled.event.timestamp) + timeouts.timeout * 1000;

  const fail = (type: string, err: StatesError): never => {
    it.emit(scope, type, lambda ? { error: err.error, cause: err.cause } : { ...ids, error: err.error, cause: err.cause });
    throw err;
  };

  // Rebuilding from history: a recorded outcome stands in for the call. A task that had handed
  // out its token (TaskSubmitted) is not called again; its outcome, if recorded, follows that event
  // (or, in histories written before TaskSubmitted was replayed, the TaskStarted).
  const outcomes = lambda ? ['LambdaFunctionSucceeded', 'LambdaFunctionFailed', 'LambdaFunctionTimedOut'] : ['TaskSucceeded', 'TaskFailed', 'TaskTimedOut'];
  const submitted = lambda ? undefined : env.recorder.recordedFollowUp(started.event.id, ['TaskSubmitted']);
  let skipCall = false;
  if (submitted) {
    skipCall = true;
    const answersStarted = env.recorder.recordedFollowUp(started.event.id, outcomes);
    it.emit(scope, 'TaskSubmitted', submitted.taskSubmittedEventDetails as object);
    if (answersStarted) scope.lastEventId = started.event.id;
  }
  const recorded = env.recorder.recordedFollowUp(scope.lastEventId, outcomes);
  if (recorded) {
    const d = Object.entries(recorded).find(([k]) => k.endsWith('EventDetails'))?.[1] as { output?: string; error?: string; cause?: string } | undefined;
    if (/Succeeded$/.test(recorded.type)) {
      it.emit(scope, recorded.type, d);
      return JSON.parse(d?.output ?? 'null') as Json;
    }
    if (/Failed$|TimedOut$/.test(recorded.type)) {
      const err = taskError(new StatesError(d?.error as string, d?.cause));
      it.emit(scope, recorded.type, d);
      throw err;
    }
  }

  const controller = new AbortController();
  const stop = () => controller.abort(FINISHED);
  frame.signal.addEventListener('abort', stop, { once: true });
  try {
    const timedOut =
      deadline === undefined
        ? new Promise<never>(() => undefined)
        : sleepUntil(env.clock, deadline, controller.signal).then(() => {
            throw Object.assign(new StatesError('States.Timeout', ''), { timedOut: true });
          });
    timedOut.catch(() => undefined);
    let output: Json = null;
    try {
      // The token is valid from the moment the task hands it out, as on AWS: the called function may
      // answer it itself (SendTaskSuccess before it returns), so the waiter is armed before the call.
      const answered = resource.pattern === 'waitForTaskToken' ? waitForToken(it, token!, timeouts.heartbeat, controller.signal) : undefined;
      answered?.catch(() => undefined);
      if (!skipCall) {
        const call = callResource(it, frame, resource, params, token, controller.signal);
        output = await abortable(Promise.race([call, timedOut]), frame.signal);
        // Inside the try: an oversized result fails the task (TaskFailed) and is a task error.
        assertResultSize(resource.resourceType, output);
      }
      if (answered) {
        if (!skipCall) it.emit(scope, 'TaskSubmitted', { ...ids, output: JSON.stringify(output), outputDetails: untruncated });
        output = await abortable(Promise.race([answered, timedOut]), frame.signal);
      }
    } catch (e) {
      if (e instanceof StatesError) {
        const err = taskError(e);
        const isTimeout = (e as { timedOut?: boolean }).timedOut === true;
        return fail(isTimeout ? (lambda ? 'LambdaFunctionTimedOut' : 'TaskTimedOut') : lambda ? 'LambdaFunctionFailed' : 'TaskFailed', err);
      }
      throw e;
    }
    it.emit(scope, lambda ? 'LambdaFunctionSucceeded' : 'TaskSucceeded', {
      ...(lambda ? {} : ids),
      output: JSON.stringify(output),
      outputDetails: untruncated,
    });
    return output;
  } finally {
    controller.abort(FINISHED);
    frame.signal.removeEventListener('abort', stop);
  }
}

async function callResource(it: Interpreter, frame: StateFrame, resource: ParsedResource, params: Json, token: string | undefined, signal: AbortSignal): Promise<Json> {
  const env = it.env;
  if (resource.kind === 'lambda') {
    return env.tasks.invokeFunction(resource.target, params, { clock: env.clock, signal }, env.region, env.accountId, false);
  }
  const handler = env.tasks.handler(resource.target);
  if (!handler) {
    throw new StatesError('States.Runtime', `No local binding for the integration '${resource.target}'.`);
  }
  return handler({
    resource: (frame.def.Resource as string).replace(/\.(sync(:2)?|waitForTaskToken)$/, ''),
    integration: resource.target,
    pattern: resource.pattern,
    fullResource: frame.def.Resource as string,
    parameters: params,
    stateName: frame.name,
    executionArn: env.executionArn,
    taskToken: token,
    region: env.region,
    accountId: env.accountId,
    clock: env.clock,
    signal,
  });
}

/** Waits for SendTaskSuccess/Failure on `token`; a missed heartbeat fails with States.Timeout. */
function waitForToken(it: Interpreter, token: string, heartbeatSeconds: number | undefined, signal: AbortSignal): Promise<Json> {
  const env = it.env;
  return new Promise<Json>((resolve, reject) => {
    let cancelHeartbeat: (() => void) | undefined;
    const armHeartbeat = () => {
      cancelHeartbeat?.();
      if (heartbeatSeconds === undefined) return;
      cancelHeartbeat = env.clock.setTimer(env.clock.now() + heartbeatSeconds * 1000, () => {
        done();
        reject(Object.assign(new StatesError('States.Timeout', ''), { timedOut: true, heartbeat: true }));
      });
    };
    const done = () => {
      cancelHeartbeat?.();
      env.waitingTokens.delete(token);
      signal.removeEventListener('abort', done);
    };
    signal.addEventListener('abort', done, { once: true });
    env.waitingTokens.set(token, {
      succeed(output) {
        done();
        try {
          resolve(JSON.parse(output) as Json);
        } catch {
          reject(new StatesError('States.Runtime', 'The task output is not valid JSON.'));
        }
      },
      fail(error, cause) {
        done();
        // SendTaskFailure without error/cause: a Catch sees them as null.
        reject(new StatesError((error ?? null) as string, (cause ?? null) as string));
      },
      heartbeat: armHeartbeat,
    });
    armHeartbeat();
  });
}

export type { JsonObject };
