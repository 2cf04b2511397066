/** Where an import's CSV goes in the imports bucket; the S3 trigger recognises uploads by it. */
export const importKeyOf = (importId: string, filename: string) => `imports/${importId}/${filename}`;

/** Where an import's per-row report (JSON) is written, beside its CSV. */
export const reportKeyOf = (importId: string) => `imports/${importId}/report.json`;

/** `imports/<importId>/<filename>` → its parts; undefined for other keys (e.g. reports). */
export function parseImportKey(key: string): { importId: string; filename: string } | undefined {
  const match = /^imports\/([0-9A-HJKMNP-TV-Z]{26})\/([^/]+)$/.exec(key);
  if (!match || match[2] === 'report.json') return undefined;
  return { importId: match[1]!, filename: match[2]! };
}
