import type { Workflows } from './workflows';

/** A Workflows port that refuses every call with `reason`: for a process that runs no workflows (an offline redrive, a bench). */
export function unavailableWorkflows(reason: string): Workflows {
  const refuse = async (): Promise<never> => {
    throw new Error(reason);
  };
  return {
    startExecution: refuse, stopExecution: refuse, redriveExecution: refuse, sendTaskSuccess: refuse, sendTaskFailure: refuse, sendTaskHeartbeat: refuse,
    listExecutions: refuse, describeExecution: refuse, getExecutionHistory: refuse,
  };
}
