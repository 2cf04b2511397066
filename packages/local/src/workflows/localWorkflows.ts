import { TaskTokenGoneError, type Workflows } from '@forkcast/core';
import { StatesError } from '@forkcast/states';
import type { WorkflowHost } from './createWorkflowHost';

/** The Workflows port on the local engine, failing as Step Functions does for a token with no waiting task. */
export function localWorkflows(host: () => WorkflowHost): Workflows {
  const call = async (send: () => void) => {
    try {
      send();
    } catch (error) {
      if (error instanceof StatesError && ['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'].includes(error.error)) throw new TaskTokenGoneError(error.error);
      throw error;
    }
  };
  return {
    sendTaskSuccess: (token, output) => call(() => host().sendTaskSuccess(token, JSON.stringify(output ?? null))),
    sendTaskFailure: (token, error, cause) => call(() => host().sendTaskFailure(token, error, cause)),
  };
}
