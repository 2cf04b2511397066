export interface ImportCounts {
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export const noCounts = (): ImportCounts => ({ imported: 0, updated: 0, unchanged: 0, rejected: 0 });

/** The one line an import ends with. */
export function summaryLine(c: ImportCounts): string {
  return `imported ${c.imported}, updated ${c.updated}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
}
