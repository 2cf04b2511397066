export { compilePattern, MAX_OR_COMBINATIONS } from './compilePattern';
export { CompiledPattern, type CompiledField } from './CompiledPattern';
export { matchesPattern } from './matchesPattern';
export { validatePattern, type PatternValidity } from './validatePattern';
export { PatternSet } from './PatternSet';
export { PatternError } from './patternError';
export { EventError, FlatEvent, flattenEvent, type Field } from './flattenEvent';
export { runConformance, type ConformanceFailure, type ConformanceResult } from './runConformance';
