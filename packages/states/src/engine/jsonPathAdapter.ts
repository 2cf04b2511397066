/**
 * The engine's narrow view of the JSONPath module (paths, payload templates, ResultPath) written
 * by the paths package area; keeping it here means a signature change there is a one-file change.
 */
import type { Json, JsonObject } from './types';
export * from './jsonPathBinding';

export interface PathData {
  /** `$`: the value paths and templates read. */
  input: Json;
  /** `$$`: the context object. */
  context: JsonObject;
  /** `$name`: variables visible to the state. */
  variables: JsonObject;
}
