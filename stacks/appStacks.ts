import { Api } from './Api';
import { routesStacks } from './ApiRoutes';
import { ApiStage } from './ApiStage';
import { Bus } from './Bus';
import { Monitoring } from './Monitoring';
import { Schedules } from './Schedules';
import { retainsData } from './retainsData';
import { Storage } from './Storage';
import { subscriptionsStacks } from './Subscriptions';
import type { StackFunction } from './stackFunction';
import { Workflows } from './Workflows';

/**
 * Every stack of a stage, in dependency order: a stack may `use()` only the ones before it.
 * sst.config.ts adds exactly these and the stack tests check exactly these, so a new stack is one
 * entry here (as Schedules is: the schedule table's functions and their Scheduler schedules).
 * - Workflows before the subscriptions: rules start state machines, policies answer their tokens.
 * - The routes and subscriptions stacks are planned from the contexts' tables (split/planStacks.ts).
 * - ApiStage after every routes stack: its route settings name their routes.
 * - Monitoring only where data is kept: alarms and dashboards bill monthly.
 */
export function appStacks(stage: string): StackFunction[] {
  return [
    Storage,
    Workflows,
    Bus,
    ...subscriptionsStacks,
    Api,
    ...routesStacks,
    ApiStage,
    Schedules,
    ...(retainsData(stage) ? [Monitoring] : []),
  ];
}
