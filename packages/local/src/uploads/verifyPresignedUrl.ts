import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export interface LocalCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export type PresignCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks an S3 SigV4 query-string signature (what `getSignedUrl` from @aws-sdk/s3-request-presigner
 * produces) against the runtime's local credentials, and its expiry. Only code holding those
 * credentials, the staff-only POST /imports handler, can mint an upload URL, as on AWS.
 */
export function verifyPresignedUrl(
  input: { method: string; rawPath: string; url: URL; headers: IncomingHttpHeaders; now: Date },
  credentials: LocalCredentials,
): PresignCheck {
  const query = input.url.searchParams;
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return { ok: false, reason: 'not a SigV4 presigned URL' };
  const credential = query.get('X-Amz-Credential') ?? '';
  const amzDate = query.get('X-Amz-Date') ?? '';
  const expires = Number(query.get('X-Amz-Expires'));
  const signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
  const signature = query.get('X-Amz-Signature') ?? '';
  const [accessKeyId, ...scopeParts] = credential.split('/');
  if (accessKeyId !== credentials.accessKeyId || scopeParts.length !== 4) return { ok: false, reason: 'unknown credential' };
  const signedAt = parseAmzDate(amzDate);
  if (!signedAt || !Number.isFinite(expires)) return { ok: false, reason: 'bad X-Amz-Date or X-Amz-Expires' };
  if (input.now.getTime() > signedAt.getTime() + expires * 1000) return { ok: false, reason: 'the upload URL has expired' };

  const canonicalQuery = [...query.entries()]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [escape(name), escape(value)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${headerValue(input.headers[name]).trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [input.method, input.rawPath, canonicalQuery, canonicalHeaders, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const scope = scopeParts.join('/');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const [date, region, service, terminator] = scopeParts;
  let key: Buffer = hmac(`AWS4${credentials.secretAccessKey}`, date);
  for (const part of [region, service, terminator]) key = hmac(key, part);
  const expected = createHmac('sha256', key).update(stringToSign).digest('hex');
  const matches = expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  return matches ? { ok: true } : { ok: false, reason: 'signature does not match' };
}

function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

function escape(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
