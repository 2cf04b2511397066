import * as z from 'zod';
import { importDecider, importStreamOf, readState, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { ImportNotFound } from './importNotFound';
import { importOutcomeOf, type ImportOutcome } from './importOutcome';

const checkImportInput = z.object({ importId: z.string().min(1) });

/** Task "Check the import" (after the wait timed out): where the import is now, from its stream. */
export const build = (deps: { events: EventStore }) => async (event: unknown): Promise<ImportOutcome> => {
  const { importId } = checkImportInput.parse(event);
  const { state } = await readState(deps.events, importDecider, importStreamOf(importId));
  const outcome = importOutcomeOf(importId, state);
  if (!outcome) throw new ImportNotFound(`There is no import ${importId}.`);
  return outcome;
};
export const handler = onAws(() => build(awsDynamoStores()));
