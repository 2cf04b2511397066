import * as z from 'zod';
import { DomainNotFoundError, handleCommand, importDecider, importStreamOf, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { ImportNotFound } from './importNotFound';

const input = z.object({ importId: z.string().min(1), taskToken: z.string().min(1) });

/**
 * Task "Wait for the import to finish" (lambda:invoke.waitForTaskToken): records the workflow's
 * task token on the import's stream. The policy releaseImportFollowUp releases it once the import
 * has an outcome, whichever of the two events comes last.
 */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<{ recorded: boolean }> => {
  const { importId, taskToken } = input.parse(event);
  try {
    const result = await handleCommand({
      store: deps.events,
      decider: importDecider,
      stream: importStreamOf(importId),
      command: { type: 'AwaitImportOutcome', data: { taskToken } },
      actor: { id: 'import-follow-up', role: 'system' },
      correlationId: importId,
    });
    return { recorded: result.event !== undefined };
  } catch (error) {
    if (error instanceof DomainNotFoundError) throw new ImportNotFound(`There is no import ${importId}.`);
    throw error;
  }
};
export const handler = onAws(() => build(awsDynamoStores()));
