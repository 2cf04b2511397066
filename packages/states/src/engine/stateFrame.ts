import type { Scope } from './scope';
import type { Json, JsonObject, QueryLanguage, StateDefinition } from './types';

/** What a state knows while it runs. */
export interface StateFrame {
  name: string;
  def: StateDefinition;
  ql: QueryLanguage;
  scope: Scope;
  signal: AbortSignal;
  /** The state's input as it arrived (before InputPath). */
  rawInput: Json;
  enteredEventId: number;
  enteredTime: string;
  retryCount: number;
  /** Extra context-object fields (Task.Token, Map.Item) while they apply. */
  contextExtras?: JsonObject;
}

export interface StateResult {
  output: Json;
  /** The next state, or undefined when this state ends its thread. */
  next?: string;
}
