/** The first answer to a command, as the HTTP pipeline replays it to a retry with the same key. */
export interface StoredResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
}

/**
 * What `begin` found for a key: nobody has used it (`new`, and the caller now holds the lease), its
 * first request is still running, it has answered, or it was used for another payload.
 */
export type IdempotencyBegin =
  | { outcome: 'new'; lease: string }
  | { outcome: 'in-flight' }
  | { outcome: 'completed'; response: StoredResponse }
  | { outcome: 'mismatch' };

/**
 * Idempotency keys of HTTP commands (draft-ietf-httpapi-idempotency-key-header). `key` is already
 * scoped to the caller and operation by the pipeline. Writes are conditional, so of two concurrent
 * first requests exactly one gets `new`; records expire (24 h by default).
 */
export interface IdempotencyStore {
  begin(key: string, fingerprint: string): Promise<IdempotencyBegin>;
  /** Stores the answer under the lease `begin` gave; false when the lease was lost (taken over after it lapsed). */
  complete(key: string, lease: string, response: StoredResponse): Promise<boolean>;
  /** Forgets a key whose request failed on our side, so a retry runs again. */
  release(key: string, lease: string): Promise<void>;
}
