import { StatesError } from '../errors/statesError';
import { untruncated } from '../history/payloadDetails';
import { Aborted, throwIfAborted } from './aborted';
import { DataFlow } from './dataFlow';
import { errorMatches, errorOutput } from './errorMatching';
import type { ExecutionEnv } from './executionEnv';
import { assertTextSize } from './payloadLimit';
import type { Scope } from './scope';
import type { StateFrame, StateResult } from './stateFrame';
import type { Json, JsonObject, QueryLanguage, StateDefinition } from './types';
import { runPass } from './states/runPass';
import { runWait } from './states/runWait';
import { runChoice } from './states/runChoice';
import { runFail } from './states/runFail';
import { runSucceed } from './states/runSucceed';
import { runTask } from './states/runTask';
import { runParallel } from './states/runParallel';
import { runMap } from './states/runMap';

/** A set of states with a start: the machine itself, a Parallel branch or a Map's processor. */
export interface Program {
  StartAt: string;
  States: Record<string, StateDefinition>;
  QueryLanguage?: QueryLanguage;
}

const DECORATED = Symbol('decorated');

/** Runs states, one thread (top level, branch, iteration) at a time, recording each step. */
export class Interpreter {
  readonly flow: DataFlow;

  constructor(readonly env: ExecutionEnv) {
    this.flow = new DataFlow(env);
  }

  async runProgram(program: Program, input: Json, scope: Scope, signal: AbortSignal): Promise<Json> {
    let name = program.StartAt;
    let value = input;
    for (;;) {
      const def = program.States[name];
      if (!def) throw new StatesError('States.Runtime', `State '${name}' does not exist.`);
      const r = await this.runState(name, def, value, scope, signal);
      if (r.next === undefined) return r.output;
      value = r.output;
      name = r.next;
    }
  }

  emit(scope: Scope, type: string, details?: object) {
    const r = this.env.recorder.emit(type, scope.lastEventId, details);
    scope.lastEventId = r.event.id;
    return r;
  }

  private async runState(name: string, def: StateDefinition, input: Json, scope: Scope, signal: AbortSignal): Promise<StateResult> {
    throwIfAborted(signal);
    const entered = this.emit(scope, `${def.Type}StateEntered`, { name, input: JSON.stringify(input), inputDetails: untruncated });
    const frame: StateFrame = {
      name,
      def,
      ql: def.QueryLanguage ?? this.env.defaultQueryLanguage,
      scope,
      signal,
      rawInput: input,
      enteredEventId: entered.event.id,
      enteredTime: entered.event.timestamp,
      retryCount: 0,
    };
    let result: StateResult;
    try {
      result = await this.dispatch(frame);
    } catch (e) {
      if (e instanceof Aborted || !(e instanceof StatesError)) throw e;
      const err = this.decorate(e, frame);
      if (def.Type === 'Fail') throw err;
      const caught = await this.tryCatch(frame, err);
      if (!caught) throw err;
      result = caught;
    }
    return result;
  }

  /** Records the state's exit (with its assigned variables) and returns its result. */
  exit(frame: StateFrame, output: Json, next: string | undefined, assigned?: JsonObject): StateResult {
    const text = JSON.stringify(output);
    assertTextSize(frame.name, text);
    const details: Record<string, unknown> = { name: frame.name, output: text, outputDetails: untruncated };
    if (assigned && Object.keys(assigned).length > 0) {
      details.assignedVariables = Object.fromEntries(Object.entries(assigned).map(([k, v]) => [k, JSON.stringify(v)]));
      details.assignedVariablesDetails = untruncated;
    }
    const { event, replayed } = this.emit(frame.scope, `${frame.def.Type}StateExited`, details);
    if (replayed) {
      // Rebuilding from history: the recorded output and variables are the truth.
      const rec = event.stateExitedEventDetails as { output: string; assignedVariables?: Record<string, string> };
      if (rec.assignedVariables) {
        frame.scope.assign(Object.fromEntries(Object.entries(rec.assignedVariables).map(([k, v]) => [k, JSON.parse(v) as Json])));
      }
      return { output: JSON.parse(rec.output) as Json, next };
    }
    if (assigned) frame.scope.assign(assigned);
    return { output, next };
  }

  private dispatch(frame: StateFrame): Promise<StateResult> {
    switch (frame.def.Type) {
      case 'Pass':
        return runPass(this, frame);
      case 'Wait':
        return runWait(this, frame);
      case 'Choice':
        return runChoice(this, frame);
      case 'Fail':
        return runFail(this, frame);
      case 'Succeed':
        return runSucceed(this, frame);
      case 'Task':
        return runTask(this, frame);
      case 'Parallel':
        return runParallel(this, frame);
      case 'Map':
        return runMap(this, frame);
      default:
        throw new StatesError('States.Runtime', `Unsupported state type '${String(frame.def.Type)}'.`);
    }
  }

  /** AWS prefixes errors of the engine's own evaluation with where they happened. */
  decorate(err: StatesError, frame: StateFrame): StatesError {
    const marks = err as unknown as Record<symbol, boolean>;
    if (marks[DECORATED]) return err;
    marks[DECORATED] = true;
    if (err.error !== 'States.Runtime' && err.error !== 'States.QueryEvaluationError') return err;
    if ((err.cause ?? '').startsWith('An error occurred while executing the state')) return err;
    const out = new StatesError(
      err.error,
      `An error occurred while executing the state '${frame.name}' (entered at the event id #${frame.enteredEventId}). ${err.cause ?? ''}`,
    );
    (out as unknown as Record<symbol, boolean>)[DECORATED] = true;
    return out;
  }

  private async tryCatch(frame: StateFrame, err: StatesError): Promise<StateResult | undefined> {
    const catchers = (frame.def.Catch ?? []) as JsonObject[];
    const catcher = catchers.find((c) => errorMatches(c.ErrorEquals as string[], err));
    if (!catcher) return undefined;
    const errOut = errorOutput(err) as JsonObject;
    if (frame.ql === 'JSONata') {
      const states = { errorOutput: errOut };
      const assigned = await this.flow.assign(frame, catcher.Assign, errOut, states);
      const output = catcher.Output !== undefined ? await this.flow.jsonata(frame, catcher.Output, 'Output', states) : errOut;
      return this.exit(frame, output, catcher.Next as string, assigned);
    }
    const assigned = await this.flow.assign(frame, catcher.Assign, errOut, {});
    // A catcher's ResultPath defaults to `$` (the error output replaces the input); the state's own
    // ResultPath applies only to its result, never to a caught error.
    const catcherResultPath = 'ResultPath' in catcher ? (catcher.ResultPath as string | null) : '$';
    const output = this.flow.resultPath(frame, errOut, catcherResultPath);
    return this.exit(frame, output, catcher.Next as string, assigned);
  }
}
