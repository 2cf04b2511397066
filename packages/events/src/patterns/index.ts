export { compilePattern, MAX_OR_COMBINATIONS } from './compilePattern';
export { CompiledPattern, type CompiledField } from './compiledPattern';
export { matchesPattern } from './matchesPattern';
export { validatePattern, type PatternValidity } from './validatePattern';
export { PatternSet } from './patternSet';
export { PatternError } from './patternError';
export { EventError, FlatEvent, flattenEvent, type Field } from './flattenEvent';
export { runConformance, type ConformanceFailure, type ConformanceResult } from './runConformance';
