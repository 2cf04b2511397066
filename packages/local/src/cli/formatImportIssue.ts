import type { ImportIssue } from '@forkcast/core';

/** One line of the per-row report: `line 12: rejected Longitude (location.null-island): ... ["0" → ...]`. */
export function formatImportIssue(issue: ImportIssue): string {
  const values =
    issue.original === undefined && issue.repairedTo === undefined
      ? ''
      : ` [${issue.original === undefined ? '' : JSON.stringify(issue.original)}${issue.repairedTo === undefined ? '' : ` → ${JSON.stringify(issue.repairedTo)}`}]`;
  return `line ${issue.line}: ${issue.action} ${issue.field} (${issue.code}): ${issue.message}${values}`;
}
