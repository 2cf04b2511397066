import { StatesError } from '../errors/statesError';
import type { Json } from './types';

/** Step Functions' cap on any state input, output or result: 256 KiB of UTF-8 JSON. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

export function payloadBytes(value: Json | undefined): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
}

/**
 * A Task's result (what its integration returned) over the limit. AWS names the service in the
 * cause, not the state: `The state/task 'lambda' returned a result ...` for a Lambda function.
 */
export function assertResultSize(resourceType: string, value: Json): void {
  assertTextSize(resourceType, JSON.stringify(value ?? null));
}

/** A state's output over the limit (`stateName` is the state's name), or any serialised payload. */
export function assertTextSize(stateName: string, text: string): void {
  // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short texts need no count.
  if (text.length * 3 > MAX_PAYLOAD_BYTES && Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) {
    throw new StatesError(
      'States.DataLimitExceeded',
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }
}
