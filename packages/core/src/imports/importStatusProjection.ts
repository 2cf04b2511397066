import type { ImportCountsData, ImportEventEnvelope } from '@forkcast/events';
import type { Projection } from '../projections/projection';

/** GET /imports/{id}: where an import is and how it went, from its events alone. */
export interface ImportStatusView {
  importId: string;
  filename: string;
  /** Object key of the uploaded CSV. */
  key: string;
  status: 'awaiting-upload' | 'running' | 'completed' | 'failed';
  counts?: ImportCountsData;
  summary?: string;
  error?: string;
  /** Object key of the full per-row report (JSON), written next to the CSV. */
  reportKey?: string;
  createdAt: string;
  updatedAt: string;
}

function evolve(view: ImportStatusView | null, event: ImportEventEnvelope): ImportStatusView | null {
  const at = event.occurredAt;
  switch (event.type) {
    case 'ImportRequested':
      return {
        importId: event.stream.replace(/^import-/, ''), filename: event.data.filename, key: event.data.objectKey,
        status: 'awaiting-upload', createdAt: at, updatedAt: at,
      };
    case 'ImportUploaded':
      return view && { ...view, status: 'running', error: undefined, updatedAt: at };
    case 'ImportCompleted':
      return view && {
        ...view, status: 'completed', counts: event.data.counts, summary: event.data.summary, reportKey: event.data.reportKey, error: undefined, updatedAt: at,
      };
    case 'ImportFailed':
      return view && { ...view, status: 'failed', error: event.data.reason, updatedAt: at };
    case 'ImportOutcomeAwaited':
      return view;
  }
}

/** One item per import stream. */
export const importStatusProjection: Projection<ImportStatusView, ImportEventEnvelope> = {
  name: 'importStatus',
  handles: ['ImportRequested', 'ImportUploaded', 'ImportCompleted', 'ImportFailed'],
  initialView: () => null,
  evolve,
};
