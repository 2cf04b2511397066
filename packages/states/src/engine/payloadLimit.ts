import { StatesError } from '../errors/statesError';
import type { Json } from './types';

/** Step Functions' cap on any state input, output or result: 256 KiB of UTF-8 JSON. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export function payloadBytes(value: Json | undefined): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
}

export function assertResultSize(stateName: string, value: Json): void {
  assertTextSize(stateName, JSON.stringify(value ?? null));
}

/** As assertResultSize, for a payload already serialised. */
export function assertTextSize(stateName: string, text: string): void {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts need no count.
  if (text.length * 3 > MAX_PAYLOAD_BYTES && Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) {
    throw new StatesError(
      'States.DataLimitExceeded',
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }
}
