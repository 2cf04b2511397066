import {
  ExecutionAlreadyExistsError, ExecutionNotFoundError, ExecutionNotRedrivableError, TaskTokenGoneError,
  type ExecutionDetail, type ExecutionHistoryEvent, type ExecutionRef, type ExecutionSummary, type Workflows,
} from '@forkcast/core';
import { StatesError, type Json } from '@forkcast/states';
import type { WorkflowHost } from './createWorkflowHost';

/** The Workflows port on the local engine, failing as Step Functions does. */
export function localWorkflows(host: () => WorkflowHost): Workflows {
  const asAws = async <T>(execution: string, call: () => T | Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof StatesError) {
        if (['TaskTimedOut', 'TaskDoesNotExist', 'InvalidToken'].includes(error.error)) throw new TaskTokenGoneError(error.error);
        if (error.error === 'ExecutionAlreadyExists') throw new ExecutionAlreadyExistsError(execution);
        if (error.error === 'ExecutionDoesNotExist') throw new ExecutionNotFoundError(execution);
        if (error.error === 'ExecutionNotRedrivable') throw new ExecutionNotRedrivableError(execution, error.cause ?? undefined);
      }
      throw error;
    }
  };
  const nameOf = (execution: ExecutionRef) => (typeof execution === 'string' ? execution : execution.name);
  const detail = (execution: ExecutionRef): ExecutionDetail => {
    const d = host().describeExecution(nameOf(execution));
    const { stateMachineArn: _machine, input, output, ...rest } = d;
    return { ...rest, input: JSON.parse(input), ...(output !== undefined ? { output: JSON.parse(output) } : {}) };
  };
  return {
    startExecution: (workflow, name, input) =>
      asAws(name, () => {
        const started = host().startExecution(workflow, (input ?? {}) as Json, name);
        return { executionArn: started.executionArn, startDate: started.startDate };
      }),
    redriveExecution: (execution) => asAws(nameOf(execution), () => host().redriveExecution(nameOf(execution))),
    stopExecution: (execution, error, cause) => asAws(nameOf(execution), () => host().stopExecution(nameOf(execution), error, cause)),
    sendTaskSuccess: (token, output) => asAws('task', () => host().sendTaskSuccess(token, JSON.stringify(output ?? null))),
    sendTaskFailure: (token, error, cause) => asAws('task', () => host().sendTaskFailure(token, error, cause)),
    sendTaskHeartbeat: (token) => asAws('task', () => host().sendTaskHeartbeat(token)),
    listExecutions: (workflow, filter = {}) =>
      asAws(workflow, () => host().listExecutions({ workflow, status: filter.status }).map(({ stateMachineArn: _m, ...item }): ExecutionSummary => item)),
    describeExecution: (execution) => asAws(nameOf(execution), () => detail(execution)),
    getExecutionHistory: (execution) => asAws(nameOf(execution), () => host().getExecutionHistory(nameOf(execution)) as unknown as ExecutionHistoryEvent[]),
  };
}
