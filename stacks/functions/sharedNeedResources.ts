import { use } from 'sst/constructs';
import { Workflows } from '../Workflows';
import type { NeedResources } from './needGrants';
import { storageNeedResources } from './storageNeedResources';

/**
 * Everything a handler's needs can point at, for a stack built after Storage and Workflows (the
 * routes, subscriptions and their successors). Call it inside a stack function: it `use()`s them.
 */
export function sharedNeedResources(stage: string): NeedResources {
  const { stateMachines } = use(Workflows);
  return {
    ...storageNeedResources(stage),
    stateMachines: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineArn])),
    stateMachineNames: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineName])),
  };
}
