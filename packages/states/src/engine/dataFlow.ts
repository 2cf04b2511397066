import { evaluateJsonataTemplate, type JsonataBindings } from '../jsonata/evaluateJsonata';
import { awsJsonataFunctions } from '../jsonata/awsFunctions';
import type { ExecutionEnv } from './executionEnv';
import { applyResultPathTo, evaluateTemplate, selectReferencePath, type PathData } from './jsonPathAdapter';
import type { StateFrame } from './stateFrame';
import type { Json, JsonObject } from './types';

const RETRYING_TYPES = new Set(['Task', 'Parallel', 'Map']);

/** Input/output processing shared by the state runners, for both query languages. */
export class DataFlow {
  private readonly functions: Record<string, unknown>;

  constructor(private readonly env: ExecutionEnv) {
    this.functions = awsJsonataFunctions(env.random, env.uuid);
  }

  /** `$$` / `$states.context` for a state. */
  context(frame: StateFrame): JsonObject {
    return {
      ...this.env.contextBase,
      // AWS shows RetryCount only for states that can retry.
      State: RETRYING_TYPES.has(frame.def.Type)
        ? { EnteredTime: frame.enteredTime, Name: frame.name, RetryCount: frame.retryCount }
        : { EnteredTime: frame.enteredTime, Name: frame.name },
      ...(frame.contextExtras ?? {}),
    };
  }

  pathData(frame: StateFrame, input: Json): PathData {
    return { input, context: this.context(frame), variables: frame.scope.visibleVariables() };
  }

  // ---- JSONPath ----

  inputPath(frame: StateFrame): Json {
    const p = frame.def.InputPath;
    if (p === undefined) return frame.rawInput;
    if (p === null) return {};
    return selectReferencePath(p, this.pathData(frame, frame.rawInput), 'InputPath');
  }

  template(frame: StateFrame, template: Json, input: Json): Json {
    return evaluateTemplate(template, this.pathData(frame, input));
  }

  resultPath(frame: StateFrame, result: Json, resultPath: string | null | undefined = frame.def.ResultPath): Json {
    if (resultPath === undefined) return result;
    if (resultPath === null) return frame.rawInput;
    return applyResultPathTo(frame.rawInput, result, resultPath);
  }

  outputPath(frame: StateFrame, value: Json): Json {
    const p = frame.def.OutputPath;
    if (p === undefined) return value;
    if (p === null) return {};
    return selectReferencePath(p, this.pathData(frame, value), 'OutputPath');
  }

  /** A `*Path` field read from the state's effective input (TimeoutSecondsPath, ItemsPath, ...). */
  pathField(frame: StateFrame, path: string, input: Json, field: string): Json {
    return selectReferencePath(path, this.pathData(frame, input), field);
  }

  // ---- JSONata ----

  bindings(frame: StateFrame, states: Record<string, unknown>): JsonataBindings {
    return {
      states: { input: frame.rawInput, context: this.context(frame), ...states },
      variables: frame.scope.visibleVariables(),
      functions: this.functions,
    };
  }

  jsonata(frame: StateFrame, template: unknown, field: string, states: Record<string, unknown> = {}): Promise<Json> {
    return evaluateJsonataTemplate(template, field, this.bindings(frame, states));
  }

  // ---- both ----

  /**
   * Evaluates an `Assign` block. All values are computed against the variables as they were before
   * the state, then assigned together. `jsonPathInput` is `$` for JSONPath; `states` feeds JSONata.
   */
  async assign(frame: StateFrame, assign: unknown, jsonPathInput: Json, states: Record<string, unknown>): Promise<JsonObject | undefined> {
    if (assign === undefined || assign === null) return undefined;
    if (frame.ql === 'JSONata') {
      const out = await this.jsonata(frame, assign, 'Assign', states);
      return out as JsonObject;
    }
    return evaluateTemplate(assign as Json, this.pathData(frame, jsonPathInput)) as JsonObject;
  }
}
