import type { ImportIssue } from './importIssue';

/**
 * Remembers the line of each external id seen in one file. The first row of an id wins; a later
 * one is rejected, because two rows feeding one stream would flip it back and forth and a
 * re-import would never be "unchanged".
 */
export class DuplicateIds {
  private readonly firstLine = new Map<string, number>();

  /** A rejection when `externalId` was already seen in this file, else undefined (and remembers it). */
  check(externalId: string, line: number): ImportIssue | undefined {
    const first = this.firstLine.get(externalId);
    if (first === undefined) {
      this.firstLine.set(externalId, line);
      return undefined;
    }
    return { line, field: 'Restaurant ID', action: 'rejected', code: 'id.duplicate', message: `same id as line ${first}; only the first row is imported`, original: externalId };
  }
}
