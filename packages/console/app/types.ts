// Types the server packages own, imported from the files that declare them rather than from the
// packages' indexes: each index also exports Node-only code (node:crypto, Buffer), which this
// browser program (no Node types) cannot check. `import type` is erased, so none of it is bundled.
import type { ExecutionSummary } from '../../core/src/workflows/workflows';
import type { EventEnvelope } from '../../events/src/envelope';
import type { DefinitionGraph } from '../../states/src/engine/definitionGraph';

export type { ExecutionStatus } from '../../core/src/workflows/workflows';
export type { EventEnvelope } from '../../events/src/envelope';
export type { GraphEdge, GraphNode } from '../../states/src/engine/definitionGraph';
export type { HistoryEvent } from '../../states/src/history/historyEvent';

/** What the local runtime's workflow endpoints answer (packages/local/src/workflows/workflowRoutes.ts). */
export interface StateDefinition {
  Type: string;
  [field: string]: unknown;
}
export interface Workflow {
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  file: string;
  description: string;
  stateMachineArn: string;
  graph: DefinitionGraph;
  definition: { StartAt: string; States: Record<string, StateDefinition>; QueryLanguage?: string; [field: string]: unknown };
}
/** A ListExecutions item with what the local runtime adds for the console (its executionSummary.ts). */
export interface ExecutionItem extends ExecutionSummary {
  currentState?: { name: string; type: string; since: string };
  waitingForTaskToken?: { state: string; since: string; timesOutAt?: string };
  restaurantId?: string;
}
export interface ExecutionDescription extends ExecutionItem {
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  redriveCount: number;
  redriveDate?: string;
  redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE';
  redriveStatusReason?: string;
}
export interface TimelineEntry {
  event: EventEnvelope;
  startedExecutions: { name: string; workflow: string }[];
  emittedBy: { name: string; workflow: string }[];
}
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  sentAt: string;
}
export interface DeadLetter {
  subscriptionId: string;
  target: string;
  event: { id: string; 'detail-type': string; source: string; time: string; detail: EventEnvelope };
  error: { name: string; message: string };
  attempts: number;
  firstAttemptAt: string;
  lastAttemptAt: string;
}
export interface SubscriptionDeadLetters {
  id: string;
  target: { kind: string; name: string };
  deadLetters: DeadLetter[];
}
