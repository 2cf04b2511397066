import type { EventBridgeEvent } from '@forkcast/events';
import type { Json } from '@forkcast/states';
import type { StartWorkflow, WorkflowTarget } from '../bus/busSubscription';
import type { WorkflowHost } from './createWorkflowHost';

/**
 * The bus's workflow targets, as an EventBridge rule targeting a state machine: StartExecution with
 * the whole event as input and a generated name (so, as on AWS, a redelivered event starts again).
 */
export function startWorkflowFromBus(host: WorkflowHost): StartWorkflow {
  return async (target: WorkflowTarget, event: EventBridgeEvent) => {
    const workflow = host.listWorkflows().find((w) => w.name === target.name);
    if (!workflow) throw new Error(`subscription target ${target.name} is not in the workflow table`);
    if (workflow.file !== target.definition) throw new Error(`subscription target ${target.name} names ${target.definition}, the workflow table ${workflow.file}`);
    return host.startExecution(target.name, event as unknown as Json);
  };
}
