import type { WorkflowHost } from '../workflows/createWorkflowHost';
import type { ExecutionDescription } from '../workflows/executionDescription';
import { eventually } from './eventually';

/** The execution's description once it is no longer RUNNING (or not yet started), read from the runtime's workflow engine. */
export const finishedExecution = (runtime: { workflows: Pick<WorkflowHost, 'describeExecution'> }, execution: string, timeoutMs = 30_000): Promise<ExecutionDescription> =>
  eventually(`${execution} to finish`, () => {
    try {
      const described = runtime.workflows.describeExecution(execution);
      return described.status === 'RUNNING' ? undefined : described;
    } catch {
      // Not started yet: its policy may still be on its way from the bus.
      return undefined;
    }
  }, timeoutMs);
