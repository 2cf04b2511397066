/**
 * Static validation of a state machine definition, as CreateStateMachine does before accepting it.
 *
 *   validateDefinition(definition: unknown): { valid: boolean; errors: string[] }
 *     Each error reads `<CODE>: <message> at <pointer>`, with AWS's codes
 *     (SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET, UNREACHABLE_STATE, MISSING_END_STATE,
 *     DUPLICATE_STATE_NAME) and a JSON pointer such as `/States/Pass/Next`.
 *   invalidDefinitionMessage(errors: string[]): string
 *     The InvalidDefinition exception text: "Invalid State Machine Definition: '<e1>', '<e2>'".
 *
 * The checks are conservative: anything AWS only rejects at run time (values read through paths)
 * is left to the engine, so a definition AWS accepts is never refused here.
 */
import jsonata from 'jsonata';
import { checkIntrinsic } from '../intrinsics/evaluateIntrinsic';
import { isIntrinsic } from '../intrinsics/parseIntrinsic';
import { compileJsonPath } from '../jsonpath/compileJsonPath';
import { splitPath } from '../jsonpath/resolvePath';
import {
  allowedStateFields,
  CHOICE_OPERATORS,
  JSONATA_ONLY_FIELDS,
  JSONPATH_ONLY_FIELDS,
  STATE_TYPES,
  type QueryLanguage,
} from './stateFields';

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

export function invalidDefinitionMessage(errors: string[]): string {
  return `Invalid State Machine Definition: ${errors.map((e) => `'${e}'`).join(', ')}`;
}

export function validateDefinition(definition: unknown): ValidationResult {
  const v = new Validator();
  if (!isObject(definition)) {
    v.schema('The state machine definition must be a JSON object', '/');
  } else {
    v.machine(definition, '', 'JSONPath', true);
  }
  return { valid: v.errors.length === 0, errors: v.errors };
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isJsonata(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('{%') && v.endsWith('%}');
}

function isPositiveInt(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v > 0;
}

function isNonNegativeInt(v: unknown): boolean {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const TOP_FIELDS = new Set(['Comment', 'StartAt', 'States', 'TimeoutSeconds', 'Version', 'QueryLanguage']);
const SUB_MACHINE_FIELDS = new Set(['Comment', 'StartAt', 'States', 'ProcessorConfig', 'QueryLanguage']);
const RETRY_FIELDS = new Set(['ErrorEquals', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'JitterStrategy', 'Comment']);
const CATCH_FIELDS: Record<QueryLanguage, Set<string>> = {
  JSONPath: new Set(['ErrorEquals', 'Next', 'ResultPath', 'Comment', 'Assign']),
  JSONata: new Set(['ErrorEquals', 'Next', 'Output', 'Comment', 'Assign']),
};

class Validator {
  errors: string[] = [];

  add(code: string, message: string, at: string): void {
    this.errors.push(`${code}: ${message} at ${at || '/'}`);
  }

  schema(message: string, at: string): void {
    this.add('SCHEMA_VALIDATION_FAILED', message, at);
  }

  machine(m: Obj, at: string, inherited: QueryLanguage, top: boolean): void {
    const allowed = top ? TOP_FIELDS : SUB_MACHINE_FIELDS;
    for (const k of Object.keys(m)) if (!allowed.has(k)) this.schema(`Field '${k}' is not supported`, `${at}/${k}`);

    let ql = inherited;
    if ('QueryLanguage' in m) {
      if (m.QueryLanguage !== 'JSONPath' && m.QueryLanguage !== 'JSONata') {
        this.schema(`The value for the field 'QueryLanguage' must be one of [JSONPath, JSONata]`, `${at}/QueryLanguage`);
      } else ql = m.QueryLanguage;
    }
    if (top && 'TimeoutSeconds' in m && !isPositiveInt(m.TimeoutSeconds)) {
      this.schema(`The value for the field 'TimeoutSeconds' must be a positive integer`, `${at}/TimeoutSeconds`);
    }
    if ('Comment' in m && typeof m.Comment !== 'string') this.schema(`The value for the field 'Comment' must be a string`, `${at}/Comment`);
    if (top && 'Version' in m && typeof m.Version !== 'string') this.schema(`The value for the field 'Version' must be a string`, `${at}/Version`);

    const missing = ['StartAt', 'States'].filter((f) => !(f in m));
    if (missing.length) this.schema(`These fields are required: [${missing.join(', ')}]`, at || '/');
    if ('StartAt' in m && typeof m.StartAt !== 'string') this.schema(`The value for the field 'StartAt' must be a string`, `${at}/StartAt`);
    if (!isObject(m.States)) {
      if ('States' in m) this.schema(`The value for the field 'States' must be an object`, `${at}/States`);
      return;
    }
    const states = m.States;
    const names = Object.keys(states);
    if (names.length === 0) this.schema(`The field 'States' must contain at least one state`, `${at}/States`);
    if (typeof m.StartAt === 'string' && !(m.StartAt in states)) {
      this.add('MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${m.StartAt}`, `${at}/StartAt`);
    }

    const edges = new Map<string, Transition[]>();
    let hasTerminal = false;
    for (const name of names) {
      const stateAt = `${at}/States/${name}`;
      if (name.length === 0 || name.length > 80) this.schema(`State names must be between 1 and 80 characters long`, stateAt);
      const state = states[name];
      if (!isObject(state)) {
        this.schema(`The state '${name}' must be an object`, stateAt);
        continue;
      }
      const targets = this.state(name, state, stateAt, ql);
      edges.set(name, targets);
      if (state.End === true || state.Type === 'Succeed' || state.Type === 'Fail') hasTerminal = true;
      for (const t of targets) {
        if (!(t.target in states)) this.add('MISSING_TRANSITION_TARGET', `Missing 'Next' target: ${t.target}`, t.at);
      }
    }
    if (names.length > 0 && !hasTerminal) this.add('MISSING_END_STATE', 'Workflow has no terminal state', `${at}/States`);

    if (typeof m.StartAt === 'string' && m.StartAt in states) {
      const seen = new Set<string>([m.StartAt]);
      const queue = [m.StartAt];
      while (queue.length) {
        for (const t of edges.get(queue.pop()!) ?? []) {
          if (t.target in states && !seen.has(t.target)) {
            seen.add(t.target);
            queue.push(t.target);
          }
        }
      }
      for (const name of names) {
        if (!seen.has(name)) this.add('UNREACHABLE_STATE', `State '${name}' is not reachable`, `${at}/States/${name}`);
      }
    }
  }

  /** Validates one state and returns the transitions it declares. */
  state(name: string, s: Obj, at: string, machineQl: QueryLanguage): Transition[] {
    const targets: Transition[] = [];
    const type = s.Type;
    if (typeof type !== 'string' || !STATE_TYPES.has(type)) {
      if (!('Type' in s)) this.schema(`These fields are required: [Type]`, at);
      else this.schema(`The value for the field 'Type' must be one of [${[...STATE_TYPES].join(', ')}]`, `${at}/Type`);
      return targets;
    }
    let ql = machineQl;
    if ('QueryLanguage' in s) {
      if (s.QueryLanguage !== 'JSONPath' && s.QueryLanguage !== 'JSONata') {
        this.schema(`The value for the field 'QueryLanguage' must be one of [JSONPath, JSONata]`, `${at}/QueryLanguage`);
      } else if (machineQl === 'JSONata' && s.QueryLanguage === 'JSONPath') {
        this.schema(`A state cannot use the query language JSONPath when the state machine uses JSONata`, `${at}/QueryLanguage`);
      } else ql = s.QueryLanguage;
    }

    const allowed = allowedStateFields(type, ql);
    for (const k of Object.keys(s)) {
      if (allowed.has(k)) continue;
      if (ql === 'JSONata' && JSONPATH_ONLY_FIELDS.has(k)) {
        this.schema(`The field '${k}' is not supported for a state whose QueryLanguage is JSONata`, `${at}/${k}`);
      } else if (ql === 'JSONPath' && JSONATA_ONLY_FIELDS.has(k)) {
        this.schema(`The field '${k}' is only supported for a state whose QueryLanguage is JSONata`, `${at}/${k}`);
      } else {
        this.schema(`Field '${k}' is not supported for state type '${type}'`, `${at}/${k}`);
      }
    }
    if ('Comment' in s && typeof s.Comment !== 'string') this.schema(`The value for the field 'Comment' must be a string`, `${at}/Comment`);

    // Transitions
    if (type === 'Choice' || type === 'Succeed' || type === 'Fail') {
      // Next/End are already reported as unsupported fields for these types.
    } else {
      const hasNext = 'Next' in s;
      const hasEnd = 'End' in s;
      if (hasEnd && s.End !== true) this.schema(`The value for the field 'End' must be true`, `${at}/End`);
      if (hasNext && typeof s.Next !== 'string') this.schema(`The value for the field 'Next' must be a string`, `${at}/Next`);
      if (hasNext && hasEnd) this.schema(`Only one of these fields is allowed: [Next, End]`, at);
      if (!hasNext && !hasEnd) this.schema(`Exactly one of these fields is required: [Next, End]`, at);
      if (typeof s.Next === 'string') targets.push({ target: s.Next, at: `${at}/Next` });
    }

    if (ql === 'JSONPath') this.jsonPathFields(s, at);
    else this.jsonataFields(s, at);
    if ('Assign' in s) this.assign(s.Assign, `${at}/Assign`, ql);

    switch (type) {
      case 'Task':
        this.task(s, at, ql);
        break;
      case 'Choice':
        this.choice(s, at, ql, targets);
        break;
      case 'Wait':
        this.wait(s, at, ql);
        break;
      case 'Fail':
        this.fail(s, at);
        break;
      case 'Parallel':
        this.parallel(s, at, ql);
        break;
      case 'Map':
        this.map(s, at, ql);
        break;
    }
    if (type === 'Task' || type === 'Parallel' || type === 'Map') {
      if ('Retry' in s) this.retry(s.Retry, `${at}/Retry`);
      if ('Catch' in s) this.catchers(s.Catch, `${at}/Catch`, ql, targets);
    }
    return targets;
  }

  // ---- JSONPath fields ----

  jsonPathFields(s: Obj, at: string): void {
    for (const f of ['InputPath', 'OutputPath']) {
      if (f in s && s[f] !== null && !this.isPath(s[f])) this.schema(`The value for the field '${f}' must be a valid JSONPath`, `${at}/${f}`);
    }
    if ('ResultPath' in s) this.resultPath(s.ResultPath, `${at}/ResultPath`);
    for (const f of ['SecondsPath', 'TimestampPath', 'ItemsPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'MaxConcurrencyPath', 'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath']) {
      if (f in s && !this.isPath(s[f], true)) this.schema(`The value for the field '${f}' must be a valid ReferencePath`, `${at}/${f}`);
    }
    for (const f of ['ErrorPath', 'CausePath']) {
      if (f in s && !this.isPathOrIntrinsic(s[f])) {
        this.schema(`The value for the field '${f}' must be a valid JSONPath or a valid intrinsic function call`, `${at}/${f}`);
      }
    }
    for (const f of ['Parameters', 'ResultSelector', 'ItemSelector']) if (f in s) this.payloadTemplate(s[f], `${at}/${f}`, f);
  }

  resultPath(v: unknown, at: string): void {
    if (v === null) return;
    if (typeof v === 'string' && (v === '$' || v.startsWith('$.') || v.startsWith('$['))) {
      try {
        const c = compileJsonPath(v);
        if (c.definite && !c.fn) return;
      } catch {
        // reported below
      }
    }
    this.schema(`The value for the field 'ResultPath' must be a valid ReferencePath`, at);
  }

  isPath(v: unknown, reference = false): boolean {
    if (typeof v !== 'string') return false;
    try {
      const c = compileJsonPath(splitPath(v).jsonPath);
      return !reference || (c.definite && !c.fn);
    } catch {
      return false;
    }
  }

  isPathOrIntrinsic(v: unknown): boolean {
    if (isIntrinsic(v)) return checkIntrinsic(v) === undefined;
    return this.isPath(v);
  }

  payloadTemplate(v: unknown, at: string, field: string): void {
    if (field !== 'Parameters' && field !== 'ItemSelector' && field !== 'ResultSelector' && field !== 'Assign') return;
    if (!isObject(v)) {
      this.schema(`The value for the field '${field}' must be an object`, at);
      return;
    }
    this.templateObject(v, at);
  }

  templateObject(v: unknown, at: string): void {
    if (Array.isArray(v)) {
      v.forEach((x, i) => this.templateObject(x, `${at}[${i}]`));
      return;
    }
    if (!isObject(v)) return;
    for (const [k, x] of Object.entries(v)) {
      if (k.endsWith('.$')) {
        if (typeof x !== 'string' || !this.isPathOrIntrinsic(x)) {
          this.schema(`The value for the field '${k}' must be a valid JSONPath or a valid intrinsic function call`, `${at}/${k}`);
        }
      } else this.templateObject(x, `${at}/${k}`);
    }
  }

  // ---- JSONata fields ----

  jsonataFields(s: Obj, at: string): void {
    for (const f of ['Arguments', 'Output', 'Items', 'Seconds', 'Timestamp', 'TimeoutSeconds', 'HeartbeatSeconds', 'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount', 'Error', 'Cause', 'ItemSelector']) {
      if (f in s) this.jsonataValue(s[f], `${at}/${f}`);
    }
    if ('Items' in s && !Array.isArray(s.Items) && !isJsonata(s.Items)) {
      this.schema(`The value for the field 'Items' must be an array or a JSONata expression`, `${at}/Items`);
    }
  }

  jsonataValue(v: unknown, at: string): void {
    if (isJsonata(v)) {
      try {
        jsonata(v.slice(2, -2));
      } catch (e) {
        const msg = (e as { message?: string }).message ?? String(e);
        this.schema(`The JSONata expression '${v.slice(2, -2).trim()}' is invalid: ${msg}`, at);
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => this.jsonataValue(x, `${at}[${i}]`));
    else if (isObject(v)) for (const [k, x] of Object.entries(v)) this.jsonataValue(x, `${at}/${k}`);
  }

  assign(v: unknown, at: string, ql: QueryLanguage): void {
    if (!isObject(v)) {
      if (!(ql === 'JSONata' && isJsonata(v))) this.schema(`The value for the field 'Assign' must be an object`, at);
      else this.jsonataValue(v, at);
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      const name = ql === 'JSONPath' && k.endsWith('.$') ? k.slice(0, -2) : k;
      if (!VARIABLE_NAME.test(name) || name === 'states' || name.length > 80) {
        this.schema(`The variable name '${name}' is invalid`, `${at}/${k}`);
      }
    }
    if (ql === 'JSONPath') this.templateObject(v, at);
    else this.jsonataValue(v, at);
  }

  // ---- per type ----

  task(s: Obj, at: string, ql: QueryLanguage): void {
    if (!('Resource' in s)) this.schema(`These fields are required: [Resource]`, at);
    else if (typeof s.Resource !== 'string') this.schema(`The value for the field 'Resource' must be a string`, `${at}/Resource`);
    for (const f of ['TimeoutSeconds', 'HeartbeatSeconds']) {
      if (f in s && !isPositiveInt(s[f]) && !(ql === 'JSONata' && isJsonata(s[f]))) {
        this.schema(`The value for the field '${f}' must be a positive integer`, `${at}/${f}`);
      }
    }
    if ('TimeoutSeconds' in s && 'TimeoutSecondsPath' in s) this.schema(`Only one of these fields is allowed: [TimeoutSeconds, TimeoutSecondsPath]`, at);
    if ('HeartbeatSeconds' in s && 'HeartbeatSecondsPath' in s) this.schema(`Only one of these fields is allowed: [HeartbeatSeconds, HeartbeatSecondsPath]`, at);
    if (typeof s.TimeoutSeconds === 'number' && typeof s.HeartbeatSeconds === 'number' && s.HeartbeatSeconds >= s.TimeoutSeconds) {
      this.schema(`The value for the field 'HeartbeatSeconds' must be smaller than the value for the field 'TimeoutSeconds'`, `${at}/HeartbeatSeconds`);
    }
  }

  choice(s: Obj, at: string, ql: QueryLanguage, targets: Transition[]): void {
    if (!Array.isArray(s.Choices) || s.Choices.length === 0) {
      if (!('Choices' in s)) this.schema(`These fields are required: [Choices]`, at);
      else this.schema(`The field 'Choices' must be a non-empty array`, `${at}/Choices`);
    } else {
      s.Choices.forEach((rule, i) => {
        const ruleAt = `${at}/Choices[${i}]`;
        if (!isObject(rule)) {
          this.schema(`A choice rule must be an object`, ruleAt);
          return;
        }
        if (typeof rule.Next !== 'string') this.schema(`These fields are required: [Next]`, ruleAt);
        else targets.push({ target: rule.Next, at: `${ruleAt}/Next` });
        if ('Assign' in rule) this.assign(rule.Assign, `${ruleAt}/Assign`, ql);
        if ('Output' in rule) {
          if (ql !== 'JSONata') this.schema(`The field 'Output' is only supported for a state whose QueryLanguage is JSONata`, `${ruleAt}/Output`);
          else this.jsonataValue(rule.Output, `${ruleAt}/Output`);
        }
        this.rule(rule, ruleAt, ql, true);
      });
    }
    if ('Default' in s) {
      if (typeof s.Default !== 'string') this.schema(`The value for the field 'Default' must be a string`, `${at}/Default`);
      else targets.push({ target: s.Default, at: `${at}/Default` });
    }
  }

  rule(rule: Obj, at: string, ql: QueryLanguage, top: boolean): void {
    const extra = top ? ['Next', 'Comment', 'Assign', 'Output'] : ['Comment'];
    if (ql === 'JSONata') {
      for (const k of Object.keys(rule)) {
        if (k !== 'Condition' && !extra.includes(k)) this.schema(`Field '${k}' is not supported in a choice rule of a JSONata state`, `${at}/${k}`);
      }
      if (!('Condition' in rule)) this.schema(`These fields are required: [Condition]`, at);
      else if (typeof rule.Condition !== 'boolean' && !isJsonata(rule.Condition)) {
        this.schema(`The value for the field 'Condition' must be a JSONata expression`, `${at}/Condition`);
      } else this.jsonataValue(rule.Condition, `${at}/Condition`);
      return;
    }
    if (!top && 'Next' in rule) this.schema(`Field 'Next' is not supported in a nested choice rule`, `${at}/Next`);
    const ops = Object.keys(rule).filter((k) => k in CHOICE_OPERATORS || k === 'And' || k === 'Or' || k === 'Not');
    for (const k of Object.keys(rule)) {
      if (!ops.includes(k) && k !== 'Variable' && !extra.includes(k) && k !== 'Next') {
        this.schema(`Field '${k}' is not supported in a choice rule`, `${at}/${k}`);
      }
    }
    if (ops.length !== 1) {
      this.schema(`A choice rule must have exactly one comparison operator or one of [And, Or, Not]`, at);
      return;
    }
    const op = ops[0];
    if (op === 'And' || op === 'Or') {
      if ('Variable' in rule) this.schema(`Field 'Variable' is not supported with '${op}'`, `${at}/Variable`);
      const list = rule[op];
      if (!Array.isArray(list) || list.length === 0) this.schema(`The value for the field '${op}' must be a non-empty array`, `${at}/${op}`);
      else list.forEach((r, i) => (isObject(r) ? this.rule(r, `${at}/${op}[${i}]`, ql, false) : this.schema(`A choice rule must be an object`, `${at}/${op}[${i}]`)));
      return;
    }
    if (op === 'Not') {
      if ('Variable' in rule) this.schema(`Field 'Variable' is not supported with 'Not'`, `${at}/Variable`);
      if (!isObject(rule.Not)) this.schema(`The value for the field 'Not' must be a choice rule`, `${at}/Not`);
      else this.rule(rule.Not, `${at}/Not`, ql, false);
      return;
    }
    if (!('Variable' in rule)) this.schema(`These fields are required: [Variable]`, at);
    else if (!this.isPath(rule.Variable)) this.schema(`The value for the field 'Variable' must be a valid JSONPath`, `${at}/Variable`);
    const value = rule[op];
    const kind = CHOICE_OPERATORS[op];
    const ok =
      kind === 'path'
        ? this.isPath(value, true)
        : kind === 'number'
          ? typeof value === 'number'
          : kind === 'boolean'
            ? typeof value === 'boolean'
            : typeof value === 'string';
    if (!ok) {
      // Timestamp operands are only required to be strings: how AWS treats a malformed literal is
      // decided when the rule is evaluated, so the validator does not second-guess it.
      const what = { path: 'a valid ReferencePath', number: 'a number', boolean: 'a boolean', timestamp: 'a string', string: 'a string' }[kind];
      this.schema(`The value for the field '${op}' must be ${what}`, `${at}/${op}`);
    }
  }

  wait(s: Obj, at: string, ql: QueryLanguage): void {
    const present = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'].filter((f) => f in s);
    if (present.length !== 1) {
      this.schema(`Exactly one of these fields is required: [Seconds, Timestamp, SecondsPath, TimestampPath]`, at);
    }
    if ('Seconds' in s && !isNonNegativeInt(s.Seconds) && !(ql === 'JSONata' && isJsonata(s.Seconds))) {
      this.schema(`The value for the field 'Seconds' must be a non-negative integer`, `${at}/Seconds`);
    }
    if ('Timestamp' in s && typeof s.Timestamp !== 'string') {
      this.schema(`The value for the field 'Timestamp' must be a string`, `${at}/Timestamp`);
    }
  }

  fail(s: Obj, at: string): void {
    if ('Error' in s && 'ErrorPath' in s) this.schema(`Only one of these fields is allowed: [Error, ErrorPath]`, at);
    if ('Cause' in s && 'CausePath' in s) this.schema(`Only one of these fields is allowed: [Cause, CausePath]`, at);
    for (const f of ['Error', 'Cause']) if (f in s && typeof s[f] !== 'string') this.schema(`The value for the field '${f}' must be a string`, `${at}/${f}`);
  }

  parallel(s: Obj, at: string, ql: QueryLanguage): void {
    if (!Array.isArray(s.Branches) || s.Branches.length === 0) {
      this.schema(`The field 'Branches' must be a non-empty array`, `${at}/Branches`);
      return;
    }
    s.Branches.forEach((b, i) => {
      if (!isObject(b)) this.schema(`A branch must be an object`, `${at}/Branches[${i}]`);
      else this.machine(b, `${at}/Branches[${i}]`, ql, false);
    });
  }

  map(s: Obj, at: string, ql: QueryLanguage): void {
    const hasProcessor = 'ItemProcessor' in s;
    const hasIterator = 'Iterator' in s;
    if (hasProcessor === hasIterator) this.schema(`Exactly one of these fields is required: [ItemProcessor, Iterator]`, at);
    const field = hasProcessor ? 'ItemProcessor' : 'Iterator';
    const processor = s[field];
    if (hasProcessor || hasIterator) {
      if (!isObject(processor)) this.schema(`The value for the field '${field}' must be an object`, `${at}/${field}`);
      else this.machine(processor, `${at}/${field}`, ql, false);
    }
    if ('ItemSelector' in s && 'Parameters' in s) this.schema(`Only one of these fields is allowed: [ItemSelector, Parameters]`, at);
    if ('MaxConcurrency' in s && !isNonNegativeInt(s.MaxConcurrency) && !(ql === 'JSONata' && isJsonata(s.MaxConcurrency))) {
      this.schema(`The value for the field 'MaxConcurrency' must be a non-negative integer`, `${at}/MaxConcurrency`);
    }
    if ('MaxConcurrency' in s && 'MaxConcurrencyPath' in s) this.schema(`Only one of these fields is allowed: [MaxConcurrency, MaxConcurrencyPath]`, at);
    const pct = s.ToleratedFailurePercentage;
    if ('ToleratedFailurePercentage' in s && !(typeof pct === 'number' && pct >= 0 && pct <= 100) && !(ql === 'JSONata' && isJsonata(pct))) {
      this.schema(`The value for the field 'ToleratedFailurePercentage' must be a number between 0 and 100`, `${at}/ToleratedFailurePercentage`);
    }
    if ('ToleratedFailureCount' in s && !isNonNegativeInt(s.ToleratedFailureCount) && !(ql === 'JSONata' && isJsonata(s.ToleratedFailureCount))) {
      this.schema(`The value for the field 'ToleratedFailureCount' must be a non-negative integer`, `${at}/ToleratedFailureCount`);
    }
    if ('ItemBatcher' in s && !isObject(s.ItemBatcher)) this.schema(`The value for the field 'ItemBatcher' must be an object`, `${at}/ItemBatcher`);
  }

  retry(v: unknown, at: string): void {
    if (!Array.isArray(v)) {
      this.schema(`The value for the field 'Retry' must be an array`, at);
      return;
    }
    v.forEach((r, i) => {
      const rAt = `${at}[${i}]`;
      if (!isObject(r)) return this.schema(`A retrier must be an object`, rAt);
      for (const k of Object.keys(r)) if (!RETRY_FIELDS.has(k)) this.schema(`Field '${k}' is not supported in a retrier`, `${rAt}/${k}`);
      this.errorEquals(r.ErrorEquals, rAt, i === v.length - 1, 'Retry');
      if ('IntervalSeconds' in r && !isPositiveInt(r.IntervalSeconds)) this.schema(`The value for the field 'IntervalSeconds' must be a positive integer`, `${rAt}/IntervalSeconds`);
      if ('MaxAttempts' in r && !isNonNegativeInt(r.MaxAttempts)) this.schema(`The value for the field 'MaxAttempts' must be a non-negative integer`, `${rAt}/MaxAttempts`);
      if ('BackoffRate' in r && !(typeof r.BackoffRate === 'number' && r.BackoffRate >= 1)) {
        this.schema(`The value for the field 'BackoffRate' must be a number greater than or equal to 1.0`, `${rAt}/BackoffRate`);
      }
      if ('MaxDelaySeconds' in r && !isPositiveInt(r.MaxDelaySeconds)) this.schema(`The value for the field 'MaxDelaySeconds' must be a positive integer`, `${rAt}/MaxDelaySeconds`);
      if ('JitterStrategy' in r && r.JitterStrategy !== 'FULL' && r.JitterStrategy !== 'NONE') {
        this.schema(`The value for the field 'JitterStrategy' must be one of [FULL, NONE]`, `${rAt}/JitterStrategy`);
      }
    });
  }

  catchers(v: unknown, at: string, ql: QueryLanguage, targets: Transition[]): void {
    if (!Array.isArray(v)) {
      this.schema(`The value for the field 'Catch' must be an array`, at);
      return;
    }
    v.forEach((c, i) => {
      const cAt = `${at}[${i}]`;
      if (!isObject(c)) return this.schema(`A catcher must be an object`, cAt);
      for (const k of Object.keys(c)) if (!CATCH_FIELDS[ql].has(k)) this.schema(`Field '${k}' is not supported in a catcher`, `${cAt}/${k}`);
      this.errorEquals(c.ErrorEquals, cAt, i === v.length - 1, 'Catch');
      if (typeof c.Next !== 'string') this.schema(`These fields are required: [Next]`, cAt);
      else targets.push({ target: c.Next, at: `${cAt}/Next` });
      if ('ResultPath' in c && ql === 'JSONPath') this.resultPath(c.ResultPath, `${cAt}/ResultPath`);
      if ('Output' in c && ql === 'JSONata') this.jsonataValue(c.Output, `${cAt}/Output`);
      if ('Assign' in c) this.assign(c.Assign, `${cAt}/Assign`, ql);
    });
  }

  errorEquals(v: unknown, at: string, last: boolean, field: string): void {
    if (!Array.isArray(v) || v.length === 0 || v.some((e) => typeof e !== 'string')) {
      this.schema(`The field 'ErrorEquals' must be a non-empty array of strings`, `${at}/ErrorEquals`);
      return;
    }
    if (v.includes('States.ALL')) {
      if (v.length > 1) this.schema(`'States.ALL' must appear alone in 'ErrorEquals'`, `${at}/ErrorEquals`);
      else if (!last) this.schema(`A ${field === 'Retry' ? 'retrier' : 'catcher'} with 'States.ALL' must be the last one`, `${at}/ErrorEquals`);
    }
  }
}

interface Transition {
  target: string;
  at: string;
}
