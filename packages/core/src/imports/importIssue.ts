/** One entry of an import's per-row report. */
export interface ImportIssue {
  /** Physical line of the CSV where the record starts (the header is line 1). */
  line: number;
  /** The CSV column concerned, or `row` for the record as a whole. */
  field: string;
  /** `rejected`: the row was not imported; `repaired`: imported with the stated fix. */
  action: 'rejected' | 'repaired';
  /** Stable code, e.g. `location.null-island`, `text.mojibake`. */
  code: string;
  message: string;
  /** The value as it was in the file (byte strings shown as latin-1 when undecodable). */
  original?: string;
  /** The value imported instead, for repairs. */
  repairedTo?: unknown;
}
