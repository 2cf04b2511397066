import type { Route } from '../http/route';
import type { Schedule } from '../schedules/schedule';
import type { Subscription } from '../subscriptions/subscription';
import type { Workflow } from '../workflows/workflow';

/**
 * A bounded context as the app composes it (README, "Adding a context"): its route rows, bus
 * subscriptions and workflows. Tables, the local gateway, the OpenAPI document and the stacks are
 * all derived from the list in contexts.ts.
 */
export interface Context {
  name: string;
  routes: readonly Route<any>[];
  subscriptions: readonly Subscription[];
  workflows: readonly Workflow[];
  /** Handlers run on a timer (EventBridge Scheduler on AWS, a timer locally); none when absent. */
  schedules?: readonly Schedule[];
}
