const importIdPattern = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** Whether `value` is an import id (a ULID), e.g. a path parameter. */
export function isImportId(value: string): boolean {
  return importIdPattern.test(value);
}

/** The stream of one import: everything that happened to it, from reservation to outcome. */
export function importStreamOf(importId: string): string {
  return `import-${importId}`;
}
