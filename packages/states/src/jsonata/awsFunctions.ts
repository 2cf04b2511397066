import { createHash, randomUUID } from 'node:crypto';

/** An error as JSONata reports it (code + message), e.g. T0410 for a signature mismatch. */
export class JsonataFunctionError extends Error {
  // Not `code`: jsonata rewrites the message of any error carrying one from its own templates.
  constructor(readonly jsonataCode: string, message: string) {
    super(message);
  }
}

const signature = (fn: string, arg: number) =>
  new JsonataFunctionError('T0410', `Argument ${arg} of function "${fn}" does not match function signature`);

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The functions Step Functions adds to JSONata: $partition, $range, $hash, $random, $uuid, $parse.
 * Their failures surface as States.QueryEvaluationError with JSONata's code and message.
 */
export function awsJsonataFunctions(random: () => number, uuid: () => string = randomUUID): Record<string, unknown> {
  return {
    partition(array: unknown, size: unknown): unknown[] {
      if (!Array.isArray(array)) throw signature('partition', 1);
      if (!isNumber(size)) throw signature('partition', 2);
      if (!Number.isInteger(size) || size <= 0) throw new JsonataFunctionError('D3001', 'The chunk size of $partition must be a positive integer');
      const out: unknown[] = [];
      for (let i = 0; i < array.length; i += size) out.push(array.slice(i, i + size));
      return out;
    },
    range(...args: unknown[]): unknown {
      if (args.length > 3) throw signature('range', 4);
      args.forEach((a, i) => {
        if (a !== undefined && !isNumber(a)) throw signature('range', i + 1);
      });
      if (args.length < 3 || args.some((a) => a === undefined)) return undefined;
      const [start, end, step] = (args as number[]).map(Math.trunc);
      if (step === 0 || (step > 0 && start > end) || (step < 0 && start < end)) return undefined;
      const out: number[] = [];
      for (let v = start; step > 0 ? v <= end : v >= end; v += step) {
        out.push(v);
        if (out.length > 100_000) throw new JsonataFunctionError('D3001', 'The result of $range is too large');
      }
      // Like any JSONata sequence, a single value stands alone.
      return out.length === 1 ? out[0] : out;
    },
    hash(data: unknown, algorithm: unknown): string {
      const algorithms: Record<string, string> = { MD5: 'md5', 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
      if (data === undefined || data === null) throw signature('hash', 1);
      if (typeof algorithm !== 'string') throw signature('hash', 2);
      const algo = algorithms[algorithm.toUpperCase()];
      if (!algo) throw new JsonataFunctionError('D3001', `Unsupported hash algorithm '${algorithm}'; use MD5, SHA-1, SHA-256, SHA-384 or SHA-512`);
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      return createHash(algo).update(text, 'utf8').digest('hex');
    },
    random(seed?: unknown): number {
      if (seed === undefined) return random();
      if (!isNumber(seed)) throw signature('random', 1);
      return seededRandom(seed);
    },
    uuid(): string {
      return uuid();
    },
    parse(text: unknown): unknown {
      if (typeof text !== 'string') throw signature('parse', 1);
      try {
        return JSON.parse(text);
      } catch (e) {
        throw new JsonataFunctionError('D3001', `$parse received invalid JSON: ${(e as Error).message}`);
      }
    },
  };
}

/** A deterministic draw for a given seed (mulberry32). */
function seededRandom(seed: number): number {
  let t = (Math.trunc(seed) + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
