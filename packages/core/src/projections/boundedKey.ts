import { createHash } from 'node:crypto';

/**
 * Byte budgets of the Views keys we build from user text. DynamoDB allows 2,048 bytes for a
 * partition key and 1,024 for a sort key (dynalite checks neither); ours are far lower so that a
 * cursor, which carries a sort key, stays short.
 */
export const viewKeyLimits = { partitionKeyBytes: 512, sortKeyBytes: 256 } as const;

const digestChars = 22;

/**
 * `text` when it fits in `maxBytes` of UTF-8, else a readable prefix, `~` and a digest of the
 * whole text: deterministic (a lookup rebuilds the same key), distinct for distinct texts, and
 * ordered by the prefix, so long names still sort among their neighbours.
 */
export function boundedKey(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const digest = createHash('sha256').update(text, 'utf8').digest('base64url').slice(0, digestChars);
  let budget = maxBytes - 1 - digestChars;
  let prefix = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (size > budget) break;
    prefix += char;
    budget -= size;
  }
  return `${prefix}~${digest}`;
}
