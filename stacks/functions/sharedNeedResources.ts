import { use } from 'sst/constructs';
import { publicSiteUrl } from '../stageSettings';
import { Storage } from '../Storage';
import { Workflows } from '../Workflows';
import type { NeedResources } from './needGrants';

/**
 * Everything a handler's needs can point at, for a stack built after Storage and Workflows (the
 * routes, subscriptions and their successors). Call it inside a stack function: it `use()`s them.
 */
export function sharedNeedResources(stage: string): NeedResources {
  const storage = use(Storage);
  const { stateMachines } = use(Workflows);
  return {
    events: storage.events, views: storage.views, idempotency: storage.idempotency, importsBucket: storage.imports, snapshotsBucket: storage.snapshots,
    stateMachines: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineArn])),
    stateMachineNames: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineName])),
    publicSiteUrl: publicSiteUrl(stage),
  };
}
