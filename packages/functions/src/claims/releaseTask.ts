import { TaskTokenGoneError, type Workflows } from '@forkcast/core';

/** SendTaskSuccess at least once: a token already answered, timed out or ended counts as released. */
export async function releaseTask(workflows: Workflows, taskToken: string, output: unknown): Promise<boolean> {
  try {
    await workflows.sendTaskSuccess(taskToken, output);
    return true;
  } catch (error) {
    if (error instanceof TaskTokenGoneError) return false;
    throw error;
  }
}
