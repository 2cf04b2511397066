/** Case ids listed in KNOWN_DIFFERENCES.md (`- \`id\` — reason`), with their reasons. */
export function parseKnownDifferences(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const m = /^- `([^`]+::[^`]+)` — (.+)$/.exec(line.trim());
    if (m) out.set(m[1], m[2]);
  }
  return out;
}
