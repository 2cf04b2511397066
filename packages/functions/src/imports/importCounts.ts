import type { ImportCountsData } from '@forkcast/events';

export type ImportCounts = ImportCountsData;

export const noCounts = (): ImportCounts => ({ imported: 0, updated: 0, unchanged: 0, rejected: 0 });

/** The one line an import ends with. */
export function summaryLine(c: ImportCounts): string {
  return `imported ${c.imported}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
}
