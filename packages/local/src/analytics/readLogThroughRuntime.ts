import type { EventEnvelope } from '@forkcast/events';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import { dataDirLayout } from '../runtime/dataDirLayout';

/**
 * The log query through the running runtime's GET /log, page after page, as a staff member of
 * this data dir (its signing key issues the token, as `forkcast token` does).
 */
export async function* readLogThroughRuntime(input: {
  url: string;
  dataDir: string;
  query: { from: string; to: string; pattern?: string; stream?: string };
}): AsyncGenerator<EventEnvelope> {
  const key = await loadOrCreateSigningKey(dataDirLayout(input.dataDir).signingKey);
  const token = await issueToken({ key, issuer: input.url, sub: 'forkcast-cli', role: 'staff', ttlSeconds: 3600 });
  let cursor: string | undefined;
  do {
    const url = new URL('/log', input.url);
    for (const [name, value] of Object.entries({ ...input.query, limit: '500', cursor })) if (value !== undefined) url.searchParams.set(name, value);
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { items: EventEnvelope[]; cursor?: string; detail?: string; errors?: { path: string; message: string }[] };
    if (!response.ok) {
      const issues = (body.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new Error(`the runtime at ${input.url} answered ${response.status}: ${issues || body.detail}`);
    }
    yield* body.items;
    cursor = body.cursor;
  } while (cursor);
}
