import type { ViewStore } from '@forkcast/core';
import type { ImportCounts } from './importCounts';

/** The Views-table item of one import (projection name `importStatus`, stream = import id). */
export interface ImportStatusView {
  importId: string;
  filename: string;
  /** Object key of the uploaded CSV. */
  key: string;
  status: 'awaiting-upload' | 'running' | 'completed' | 'failed';
  counts?: ImportCounts;
  summary?: string;
  error?: string;
  /** Object key of the full per-row report (JSON), written next to the CSV. */
  reportKey?: string;
  createdAt: string;
  updatedAt: string;
}

export const importStatusName = 'importStatus';

export const importKeyOf = (importId: string, filename: string) => `imports/${importId}/${filename}`;
export const reportKeyOf = (importId: string) => `imports/${importId}/report.json`;

/** `imports/<importId>/<filename>` → its parts; undefined for other keys (e.g. reports). */
export function parseImportKey(key: string): { importId: string; filename: string } | undefined {
  const match = /^imports\/([0-9A-HJKMNP-TV-Z]{26})\/([^/]+)$/.exec(key);
  if (!match || match[2] === 'report.json') return undefined;
  return { importId: match[1]!, filename: match[2]! };
}

export async function readImportStatus(views: ViewStore, importId: string): Promise<ImportStatusView | undefined> {
  return (await views.get<ImportStatusView>(importStatusName, importId))?.view ?? undefined;
}

/** Read-modify-write on the status item, conditional on its version (another writer may race). */
export async function writeImportStatus(
  views: ViewStore, importId: string, change: (current: ImportStatusView | undefined) => ImportStatusView,
): Promise<ImportStatusView> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const stored = await views.get<ImportStatusView>(importStatusName, importId);
    const next = change(stored?.view ?? undefined);
    const written = await views.put({ projection: importStatusName, stream: importId, version: (stored?.version ?? 0) + 1, view: next }, stored?.version);
    if (written) return next;
  }
  throw new Error(`import ${importId}: status kept changing under us`);
}
