import type { Logger } from '@aws-lambda-powertools/logger';
import type { IdempotencyStore, StoredResponse } from '@forkcast/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { HttpProblem } from './httpProblem';

type Result = APIGatewayProxyStructuredResultV2;

/** What the route's work answered, and whether that answer is final for this request. */
export interface Attempt {
  response: Result;
  /** False for our own failures (5xx) and "try again" conflicts: those must not become the answer. */
  replayable: boolean;
}

/** Leaves room under DynamoDB's 400 KB item limit for the key, fingerprint and lease. */
const maxStoredResponseBytes = 350 * 1024;
export const replayedHeader = 'idempotent-replayed';

export const idempotencyKeyInUse = () =>
  new HttpProblem(409, 'idempotency-key-in-use', 'Conflict', 'A request with this Idempotency-Key is still being processed; retry later.', { headers: { 'retry-after': '1' } });
export const idempotencyKeyReused = () =>
  new HttpProblem(422, 'idempotency-key-reused', 'Unprocessable Content', 'This Idempotency-Key was already used for a different request; use a new key.');

/**
 * Runs a command once per key (draft-ietf-httpapi-idempotency-key-header): the first request runs
 * and its answer is stored; a retry gets that answer again without running; a retry while the first
 * runs is 409; the key with another payload is 422. Which answers are stored follows the draft's
 * intent that a key names one outcome: a 2xx and a 4xx the operation itself gave (404, 409 rule,
 * 412) are final, so a retry sees the same; a 5xx or "concurrent modification, try again" says the
 * outcome is unknown, so the key is released and the retry runs again (the log's own dedupe by
 * `meta.idempotencyKey` keeps that from appending twice).
 */
export async function idempotentReplay(
  store: IdempotencyStore, key: string, fingerprint: string, run: () => Promise<Attempt>, logger: Logger,
): Promise<Result> {
  const begun = await store.begin(key, fingerprint);
  if (begun.outcome === 'mismatch') throw idempotencyKeyReused();
  if (begun.outcome === 'in-flight') throw idempotencyKeyInUse();
  if (begun.outcome === 'completed') return replay(begun.response);

  let attempt: Attempt;
  try {
    attempt = await run();
  } catch (error) {
    await forget(store, key, begun.lease, logger);
    throw error;
  }
  const stored = toStored(attempt.response);
  if (!attempt.replayable || Buffer.byteLength(JSON.stringify(stored)) > maxStoredResponseBytes) {
    await forget(store, key, begun.lease, logger);
    return attempt.response;
  }
  try {
    if (!(await store.complete(key, begun.lease, stored))) logger.warn('idempotency lease lapsed before the answer was stored');
  } catch (error) {
    // The command has run: answer it. The key stays in flight until its lease lapses, then a retry runs (and dedupes in the log).
    logger.error('could not store the idempotent answer', { error: error as Error });
  }
  return attempt.response;
}

function replay(response: StoredResponse): Result {
  return { ...response, headers: { ...response.headers, [replayedHeader]: 'true' } };
}

function toStored(response: Result): StoredResponse {
  const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  return {
    statusCode: response.statusCode ?? 200,
    headers,
    ...(response.body !== undefined ? { body: response.body } : {}),
    ...(response.isBase64Encoded ? { isBase64Encoded: true } : {}),
  };
}

async function forget(store: IdempotencyStore, key: string, lease: string, logger: Logger): Promise<void> {
  try {
    await store.release(key, lease);
  } catch (error) {
    logger.error('could not release the idempotency key; it frees itself when its lease lapses', { error: error as Error });
  }
}
