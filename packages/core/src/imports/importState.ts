import type { ImportCompletedData, ImportEvent, ImportFailedData } from '@forkcast/events';

/** Where an import is; `completed` and `failed` are outcomes (a failed one may be uploaded again). */
export type ImportPhase = 'awaiting-upload' | 'running' | 'completed' | 'failed';

/** What the import decider and its policy need to know. */
export type ImportState =
  | { phase: 'unknown' }
  | {
      phase: ImportPhase;
      filename: string;
      objectKey: string;
      completed?: ImportCompletedData;
      failed?: ImportFailedData;
      /** The task token of the follow-up workflow waiting for the outcome, once it waits. */
      taskToken?: string;
    };

export const initialImportState = (): ImportState => ({ phase: 'unknown' });

/** Whether the import has an outcome (for now: a failed one may still be uploaded again). */
export const isImportFinished = (state: ImportState): boolean => state.phase === 'completed' || state.phase === 'failed';

/** Folds one import event into the state (pure). */
export function evolveImport(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'ImportRequested':
      return { phase: 'awaiting-upload', filename: event.data.filename, objectKey: event.data.objectKey };
    case 'ImportUploaded':
      return state.phase === 'unknown' ? state : { ...state, phase: 'running', failed: undefined };
    case 'ImportCompleted':
      return state.phase === 'unknown' ? state : { ...state, phase: 'completed', completed: event.data };
    case 'ImportFailed':
      return state.phase === 'unknown' ? state : { ...state, phase: 'failed', failed: event.data };
    case 'ImportOutcomeAwaited':
      return state.phase === 'unknown' ? state : { ...state, taskToken: event.data.taskToken };
  }
}
