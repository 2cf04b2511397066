import type { EventStore, ObjectStore, StaffOutbox, ViewStore, Workflows } from '@forkcast/core';

/**
 * Everything a handler may need from outside: each handler module's `build(deps)` takes the part
 * it uses. On AWS its `handler` builds them once from the environment (app/aws/); the local runtime
 * passes its own, so two runtimes in one process never share a store.
 */
export interface Dependencies {
  events: EventStore;
  views: ViewStore;
  /** The imports bucket: uploaded CSVs and their reports. */
  importsBucket: ObjectStore;
  /** The exports bucket: the log exported for analysts (analytics/export-log workflow). */
  exportsBucket: ObjectStore;
  workflows: Workflows;
  staffOutbox: StaffOutbox;
}

/** What a handler module exports: the AWS entry point and the builder the local runtime calls. */
export interface HandlerModule<Handler> {
  handler: Handler;
  build: (deps: Dependencies) => Handler;
}
