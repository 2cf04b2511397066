export { compileJsonPath, renderSegments, type CompiledJsonPath, type Segment } from './compileJsonPath';
export { evaluateJsonPath, isDefiniteJsonPath, jsonPathExists, deepEqual } from './evaluateJsonPath';
export { JsonPathNotFoundError, JsonPathSyntaxError, invalidPathCause, payloadPathNotFoundCause } from './jsonPathErrors';
export { resolvePath, splitPath, pathSourceValue, type PathScope, type SplitPath } from './resolvePath';
export { applyResultPath } from './applyResultPath';
export { evaluatePayloadTemplate, evaluateDynamicValue } from './evaluatePayloadTemplate';
