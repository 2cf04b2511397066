import { importEventTypes, type ImportEvent } from '@forkcast/events';
import { DomainError, DomainNotFoundError } from '../commands/commandErrors';
import type { Decider } from '../decider';
import type { ImportCommand } from './importCommands';
import { evolveImport, initialImportState, type ImportState } from './importState';

const notFound = () => new DomainNotFoundError('import-not-found', 'there is no such import');

function decide(command: ImportCommand, state: ImportState): ImportEvent | null {
  if (command.type === 'RequestImport') {
    if (state.phase !== 'unknown') throw new DomainError('import-already-requested', 'this import was already requested');
    return { type: 'ImportRequested', data: command.data };
  }
  if (state.phase === 'unknown') throw notFound();
  switch (command.type) {
    case 'RecordImportUpload':
      // A redelivered notification, or one for an import that is over (a final failure included).
      if (state.phase === 'running' || state.phase === 'completed') return null;
      if (state.phase === 'failed' && state.failed?.code === 'not-a-zomato-export') return null;
      return { type: 'ImportUploaded', data: command.data };
    case 'CompleteImport':
      if (state.phase === 'completed') return null;
      if (state.phase !== 'running') throw new DomainError('import-not-running', `an import that is ${state.phase} cannot complete`);
      return { type: 'ImportCompleted', data: command.data };
    case 'FailImport':
      if (state.phase === 'failed') return null;
      if (state.phase === 'completed') throw new DomainError('import-already-completed', 'a completed import cannot fail');
      return { type: 'ImportFailed', data: command.data };
    case 'AwaitImportOutcome':
      if (state.taskToken === command.data.taskToken) return null;
      return { type: 'ImportOutcomeAwaited', data: command.data };
  }
}

/** The import aggregate: one `import-<id>` stream per import. */
export const importDecider: Decider<ImportCommand, ImportEvent, ImportState> = {
  eventTypes: importEventTypes.map((t) => t.type),
  initialState: initialImportState,
  evolve: evolveImport,
  decide,
};
