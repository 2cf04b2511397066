/**
 * Which fields each state type accepts, per query language, as the Amazon States Language defines.
 *
 *   STATE_TYPES: ReadonlySet<string>
 *   allowedStateFields(type: string, queryLanguage: 'JSONPath' | 'JSONata'): ReadonlySet<string>
 *   JSONPATH_ONLY_FIELDS / JSONATA_ONLY_FIELDS: fields that exist in one query language only
 *   CHOICE_OPERATORS: comparison operator -> expected value kind
 */
export type QueryLanguage = 'JSONPath' | 'JSONata';

export const STATE_TYPES: ReadonlySet<string> = new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']);

const COMMON = ['Type', 'Comment', 'QueryLanguage'];
const IO_PATHS = ['InputPath', 'OutputPath'];
const TRANSITION = ['Next', 'End'];

const JSONPATH_FIELDS: Record<string, string[]> = {
  Pass: [...COMMON, ...TRANSITION, ...IO_PATHS, 'Parameters', 'ResultPath', 'Result', 'Assign'],
  Task: [
    ...COMMON, ...TRANSITION, ...IO_PATHS, 'Resource', 'Parameters', 'ResultPath', 'ResultSelector', 'Retry', 'Catch',
    'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Credentials', 'Assign',
  ],
  Choice: [...COMMON, ...IO_PATHS, 'Choices', 'Default', 'Assign'],
  Wait: [...COMMON, ...TRANSITION, ...IO_PATHS, 'Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath', 'Assign'],
  Succeed: [...COMMON, ...IO_PATHS],
  Fail: [...COMMON, 'Error', 'Cause', 'ErrorPath', 'CausePath'],
  Parallel: [...COMMON, ...TRANSITION, ...IO_PATHS, 'Branches', 'Parameters', 'ResultPath', 'ResultSelector', 'Retry', 'Catch', 'Assign'],
  Map: [
    ...COMMON, ...TRANSITION, ...IO_PATHS, 'Iterator', 'ItemProcessor', 'ItemsPath', 'ItemSelector', 'Parameters', 'ItemReader',
    'ItemBatcher', 'ResultWriter', 'MaxConcurrency', 'MaxConcurrencyPath', 'ToleratedFailurePercentage',
    'ToleratedFailurePercentagePath', 'ToleratedFailureCount', 'ToleratedFailureCountPath', 'Label', 'ResultPath',
    'ResultSelector', 'Retry', 'Catch', 'Assign',
  ],
};

const JSONATA_FIELDS: Record<string, string[]> = {
  Pass: [...COMMON, ...TRANSITION, 'Output', 'Assign'],
  Task: [
    ...COMMON, ...TRANSITION, 'Resource', 'Arguments', 'Output', 'Retry', 'Catch', 'TimeoutSeconds', 'HeartbeatSeconds',
    'Credentials', 'Assign',
  ],
  Choice: [...COMMON, 'Choices', 'Default', 'Output', 'Assign'],
  Wait: [...COMMON, ...TRANSITION, 'Seconds', 'Timestamp', 'Output', 'Assign'],
  Succeed: [...COMMON, 'Output'],
  Fail: [...COMMON, 'Error', 'Cause'],
  Parallel: [...COMMON, ...TRANSITION, 'Branches', 'Arguments', 'Output', 'Retry', 'Catch', 'Assign'],
  Map: [
    ...COMMON, ...TRANSITION, 'ItemProcessor', 'Iterator', 'Items', 'ItemSelector', 'ItemReader', 'ItemBatcher', 'ResultWriter',
    'MaxConcurrency', 'ToleratedFailurePercentage', 'ToleratedFailureCount', 'Label', 'Output', 'Retry', 'Catch', 'Assign',
    'Arguments',
  ],
};

const cache = new Map<string, ReadonlySet<string>>();

export function allowedStateFields(type: string, queryLanguage: QueryLanguage): ReadonlySet<string> {
  const key = `${queryLanguage}:${type}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set((queryLanguage === 'JSONata' ? JSONATA_FIELDS : JSONPATH_FIELDS)[type] ?? COMMON);
    cache.set(key, set);
  }
  return set;
}

export const JSONPATH_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'InputPath', 'OutputPath', 'Parameters', 'ResultPath', 'ResultSelector', 'Result', 'ItemsPath', 'SecondsPath',
  'TimestampPath', 'ErrorPath', 'CausePath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'MaxConcurrencyPath',
  'ToleratedFailurePercentagePath', 'ToleratedFailureCountPath',
]);

export const JSONATA_ONLY_FIELDS: ReadonlySet<string> = new Set(['Arguments', 'Output', 'Items']);

export type OperandKind = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';

export const CHOICE_OPERATORS: Readonly<Record<string, OperandKind>> = (() => {
  const out: Record<string, OperandKind> = {};
  const families: [string, OperandKind][] = [['String', 'string'], ['Numeric', 'number'], ['Timestamp', 'timestamp']];
  for (const [prefix, kind] of families) {
    for (const op of ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals']) {
      out[prefix + op] = kind;
      out[`${prefix}${op}Path`] = 'path';
    }
  }
  out.StringMatches = 'string';
  out.BooleanEquals = 'boolean';
  out.BooleanEqualsPath = 'path';
  for (const t of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']) out[t] = 'boolean';
  return out;
})();
