/** What the local runtime's workflow endpoints answer (packages/local/src/workflows/workflowRoutes.ts). */
export interface GraphNode {
  id: string;
  name: string;
  type: string;
  parent?: string;
  start: boolean;
  end: boolean;
}
export interface GraphEdge {
  from: string;
  to: string;
  label: 'Next' | 'Choice' | 'Default' | 'Catch' | 'Branch' | 'Iterator';
  detail?: string;
}
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
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  definition: { StartAt: string; States: Record<string, StateDefinition>; QueryLanguage?: string; [field: string]: unknown };
}
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
export interface ExecutionItem {
  executionArn: string;
  workflow: string;
  name: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
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
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: string;
  type: string;
  [details: string]: unknown;
}
export interface EventEnvelope {
  id: string;
  stream: string;
  version: number;
  type: string;
  schemaVersion: number;
  occurredAt: string;
  data: Record<string, unknown>;
  meta: { actor: { id: string; role: string }; correlationId: string; causationId?: string; idempotencyKey?: string };
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
