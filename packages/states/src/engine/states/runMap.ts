import { StatesError } from '../../errors/statesError';
import { Aborted } from '../aborted';
import type { Interpreter, Program } from '../interpreter';
import { withRetry } from '../retry';
import type { StateFrame, StateResult } from '../stateFrame';
import type { Json, JsonObject } from '../types';
import { finishWithResult } from './finishWithResult';
import { typeName } from './runChoice';
import { evaluateRaw, isJsonataFunction, toJson } from '../../jsonata/evaluateJsonata';
import { payloadBytes } from '../payloadLimit';

interface MapConfig {
  items: Json[];
  maxConcurrency: number;
  toleratedCount?: number;
  toleratedPercentage?: number;
}

export async function runMap(it: Interpreter, frame: StateFrame): Promise<StateResult> {
  const { def } = frame;
  const processor = (def.ItemProcessor ?? def.Iterator) as Program & { ProcessorConfig?: { Mode?: string } };
  const result = await withRetry(it, frame, async () => {
    const effective = frame.ql === 'JSONata' ? frame.rawInput : it.flow.inputPath(frame);
    const config = await readConfig(it, frame, effective);
    const inputs = await iterationInputs(it, frame, effective, config.items);
    return runIterations(it, frame, processor, inputs, config);
  });
  return finishWithResult(it, frame, result);
}

async function readConfig(it: Interpreter, frame: StateFrame, effective: Json): Promise<MapConfig> {
  const { def } = frame;
  const flow = it.flow;
  let items: Json;
  if (frame.ql === 'JSONata') {
    if (def.Items !== undefined) items = await evaluateItems(it, frame);
    else items = frame.rawInput;
  } else {
    items = def.ItemsPath !== undefined ? flow.pathField(frame, def.ItemsPath, effective, 'ItemsPath') : effective;
  }
  if (!Array.isArray(items)) {
    // AWS reports this as a query evaluation error in both query languages.
    throw new StatesError('States.QueryEvaluationError', `Map state input must be an array but was: ${JSON.stringify(items)}`);
  }
  const number = async (field: string, kind: 'integer' | 'float'): Promise<number | undefined> => {
    if (def[field] !== undefined) {
      if (frame.ql === 'JSONata' && typeof def[field] === 'string') {
        const v = await flow.jsonata(frame, def[field], field);
        const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
        if (!Number.isFinite(n) || (kind === 'integer' && !Number.isInteger(n))) {
          throw new StatesError('States.QueryEvaluationError', `The ${field} field refers to value "${text(v)}" which is not a valid ${kind}.`);
        }
        return n;
      }
      return def[field] as number;
    }
    const path = def[`${field}Path`] as string | undefined;
    if (path === undefined) return undefined;
    const v = flow.pathField(frame, path, effective, `${field}Path`);
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n) || (kind === 'integer' && !Number.isInteger(n))) {
      throw new StatesError('States.Runtime', `The ${field}Path field refers to value "${text(v)}" which is not a valid ${kind}: ${path}`);
    }
    return n;
  };
  const maxConcurrency = (await number('MaxConcurrency', 'integer')) ?? 0;
  const toleratedCount = await number('ToleratedFailureCount', 'integer');
  const toleratedPercentage = await number('ToleratedFailurePercentage', 'float');
  if (toleratedCount !== undefined && toleratedCount < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount cannot be negative.');
  if (toleratedPercentage !== undefined && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
    throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  return { items, maxConcurrency, toleratedCount, toleratedPercentage };
}

function text(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

async function evaluateItems(it: Interpreter, frame: StateFrame): Promise<Json> {
  const items = frame.def.Items;
  if (typeof items !== 'string' || !/^\{%[\s\S]*%\}$/.test(items)) {
    return it.flow.jsonata(frame, items, 'Items');
  }
  const source = items.replace(/^\{%/, '').replace(/%\}$/, '');
  const raw = await evaluateRaw(source, 'Items', it.flow.bindings(frame, {}));
  const expr = source.trim();
  if (raw === undefined) {
    throw new StatesError('States.QueryEvaluationError', `The JSONata expression '${expr}' specified for the field 'Items' returned nothing (undefined).`);
  }
  if (isJsonataFunction(raw)) {
    throw new StatesError('States.QueryEvaluationError', `The JSONata expression '${expr}' specified for the field 'Items' returned an unsupported result type.`);
  }
  const value = toJson(raw);
  if (!Array.isArray(value)) {
    throw new StatesError(
      'States.QueryEvaluationError',
      `The JSONata expression '${expr}' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was '${typeName(value)}' for value: ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** Applies ItemBatcher, then ItemSelector (or legacy Parameters) to build each iteration's input. */
async function iterationInputs(it: Interpreter, frame: StateFrame, effective: Json, items: Json[]): Promise<Json[]> {
  const { def } = frame;
  const flow = it.flow;
  let units: Json[] = items;
  if (def.ItemBatcher) units = await batch(it, frame, effective, items, def.ItemBatcher as JsonObject);
  const selector = def.ItemSelector ?? def.Parameters;
  if (selector === undefined) return units;
  const out: Json[] = [];
  for (let i = 0; i < units.length; i++) {
    frame.contextExtras = { Map: { Item: { Index: i, Value: units[i] } } };
    try {
      out.push(frame.ql === 'JSONata' ? await flow.jsonata(frame, selector, 'ItemSelector') : flow.template(frame, selector, effective));
    } finally {
      frame.contextExtras = undefined;
    }
  }
  return out;
}

async function batch(it: Interpreter, frame: StateFrame, effective: Json, items: Json[], batcher: JsonObject): Promise<Json[]> {
  const flow = it.flow;
  const read = async (field: string): Promise<number | undefined> => {
    if (batcher[field] !== undefined) {
      return frame.ql === 'JSONata' ? ((await flow.jsonata(frame, batcher[field], `ItemBatcher/${field}`)) as number) : (batcher[field] as number);
    }
    const path = batcher[`${field}Path`] as string | undefined;
    return path === undefined ? undefined : (flow.pathField(frame, path, effective, `${field}Path`) as number);
  };
  const maxItems = (await read('MaxItemsPerBatch')) ?? Number.MAX_SAFE_INTEGER;
  const maxBytes = (await read('MaxInputBytesPerBatch')) ?? 256 * 1024;
  let batchInput: Json | undefined;
  if (batcher.BatchInput !== undefined) {
    batchInput = frame.ql === 'JSONata' ? await flow.jsonata(frame, batcher.BatchInput, 'ItemBatcher/BatchInput') : flow.template(frame, batcher.BatchInput as Json, effective);
  }
  const batches: Json[] = [];
  let current: Json[] = [];
  const wrap = (list: Json[]): JsonObject => (batchInput === undefined ? { Items: list } : { BatchInput: batchInput, Items: list });
  for (const item of items) {
    if (current.length > 0 && (current.length >= maxItems || payloadBytes(wrap([...current, item])) > maxBytes)) {
      batches.push(wrap(current));
      current = [];
    }
    current.push(item);
  }
  if (current.length > 0) batches.push(wrap(current));
  return batches;
}

async function runIterations(it: Interpreter, frame: StateFrame, processor: Program & { ProcessorConfig?: { Mode?: string } }, inputs: Json[], config: MapConfig): Promise<Json> {
  const scope = frame.scope;
  it.emit(scope, 'MapStateStarted', { length: inputs.length });
  const startId = scope.lastEventId;
  const results: Json[] = new Array(inputs.length).fill(null);
  const controller = new AbortController();
  const stop = () => controller.abort();
  frame.signal.addEventListener('abort', stop, { once: true });
  // A Distributed Map counts failures against a threshold (0 unless configured) and fails with
  // States.ExceedToleratedFailureThreshold; an inline Map fails with its first failure's error.
  const distributed = processor.ProcessorConfig?.Mode === 'DISTRIBUTED';
  const tolerance = distributed || config.toleratedCount !== undefined || config.toleratedPercentage !== undefined;
  const failed = new Set<number>();
  let failures = 0;
  let failure: unknown;
  // Inline Maps fail on the first failed iteration; with a tolerance, when any threshold is passed.
  const exceeded = () =>
    !tolerance
      ? failures > 0
      : config.toleratedCount === undefined && config.toleratedPercentage === undefined
        ? failures > 0
        : (config.toleratedCount !== undefined && failures > config.toleratedCount) ||
          (config.toleratedPercentage !== undefined && (failures / Math.max(inputs.length, 1)) * 100 > config.toleratedPercentage);

  const runOne = async (index: number) => {
    const child = scope.child(startId);
    it.emit(child, 'MapIterationStarted', { name: frame.name, index });
    try {
      results[index] = await it.runProgram(processor, inputs[index], child, controller.signal);
      it.emit(child, 'MapIterationSucceeded', { name: frame.name, index });
    } catch (e) {
      if (e instanceof Aborted) {
        if (!controller.signal.aborted) throw e;
        it.emit(child, 'MapIterationAborted', { name: frame.name, index });
        return;
      }
      it.emit(child, 'MapIterationFailed', { name: frame.name, index });
      if (!(e instanceof StatesError)) {
        failure ??= e;
        controller.abort();
        return;
      }
      failures++;
      failed.add(index);
      if (exceeded() && !failure) {
        failure = e;
        controller.abort();
      }
    }
  };

  try {
    const limit = config.maxConcurrency > 0 ? config.maxConcurrency : inputs.length;
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, inputs.length) }, async () => {
      while (next < inputs.length && !controller.signal.aborted) await runOne(next++);
    });
    await Promise.all(workers);
  } finally {
    frame.signal.removeEventListener('abort', stop);
  }
  if (frame.signal.aborted) throw new Aborted();
  if (failure) {
    it.emit(scope, 'MapStateFailed');
    if (tolerance && failure instanceof StatesError) {
      throw new StatesError('States.ExceedToleratedFailureThreshold', 'The specified tolerated failure threshold was exceeded');
    }
    throw failure;
  }
  it.emit(scope, 'MapStateSucceeded');
  // Tolerated failures leave no result behind.
  return failed.size === 0 ? results : results.filter((_, i) => !failed.has(i));
}
