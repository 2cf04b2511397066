import { importDecider, isImportFinished, readState, TaskTokenGoneError, type EventStore, type Workflows } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { awsWorkflows } from '../app/aws/awsWorkflows';
import { onAws } from '../app/onAws';
import { eventHandler } from '../subscriptions/eventHandler';
import { importOutcomeOf } from './importOutcome';

/**
 * Policy on ImportCompleted, ImportFailed and ImportOutcomeAwaited: once an import has both an
 * outcome and a waiting follow-up, release the follow-up with the outcome. Reacting to all three
 * covers both orders (the import may finish before the workflow starts to wait); a second release
 * finds the token gone and is done.
 */
export const build = (deps: { events: EventStore; workflows: Workflows }) =>
  eventHandler('releaseImportFollowUp', async (event, { logger }) => {
    const { state } = await readState(deps.events, importDecider, event.stream);
    if (state.phase === 'unknown' || !state.taskToken || !isImportFinished(state)) return { released: false };
    try {
      await deps.workflows.sendTaskSuccess(state.taskToken, importOutcomeOf(event.stream.replace(/^import-/, ''), state));
      return { released: true };
    } catch (error) {
      if (!(error instanceof TaskTokenGoneError)) throw error;
      logger.info('the follow-up was already released or has timed out', { reason: error.reason });
      return { released: false };
    }
  });
export const handler = onAws(() => build({ ...awsDynamoStores(), workflows: awsWorkflows() }));
