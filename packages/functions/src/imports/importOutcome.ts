import type { ImportState } from '@forkcast/core';

/** What the follow-up workflow is released with, and what staff are told about. */
export interface ImportOutcome {
  importId: string;
  filename: string;
  status: 'awaiting-upload' | 'running' | 'completed' | 'failed';
  summary?: string;
  error?: string;
}

/** The outcome of an import from its state; undefined for an import the log does not know. */
export function importOutcomeOf(importId: string, state: ImportState): ImportOutcome | undefined {
  if (state.phase === 'unknown') return undefined;
  return {
    importId,
    filename: state.filename,
    status: state.phase,
    ...(state.completed ? { summary: state.completed.summary } : {}),
    ...(state.failed ? { error: state.failed.reason } : {}),
  };
}
