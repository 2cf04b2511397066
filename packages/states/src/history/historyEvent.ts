/**
 * One entry of an execution's history, shaped like an item of Step Functions' GetExecutionHistory:
 * `type` plus the one `<camelCaseType>EventDetails` object that type carries.
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  /** ISO-8601 time the event happened, by the engine's clock. */
  timestamp: string;
  type: string;
  [details: string]: unknown;
}

/** The name of the details field GetExecutionHistory uses for an event type. */
export function detailsKeyOf(type: string): string {
  // AWS groups the per-state-type events under shared details objects.
  if (/StateEntered$/.test(type)) return 'stateEnteredEventDetails';
  if (/StateExited$/.test(type)) return 'stateExitedEventDetails';
  if (/^MapIteration/.test(type)) return `${lowerFirst(type)}EventDetails`;
  return `${lowerFirst(type)}EventDetails`;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
