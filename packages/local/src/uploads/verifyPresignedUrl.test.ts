import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { verifyPresignedUrl } from './verifyPresignedUrl';

const credentials = { accessKeyId: 'forkcast-local', secretAccessKey: 'local-secret' };

async function presign(key: string, secretAccessKey = credentials.secretAccessKey, expiresIn = 300): Promise<URL> {
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://localhost:3000/_local/uploads',
    forcePathStyle: true,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey },
  });
  // client-s3 and the presigner may resolve different @smithy type versions; the runtime objects agree.
  return new URL(await getSignedUrl(client as unknown as Parameters<typeof getSignedUrl>[0], new PutObjectCommand({ Bucket: 'forkcast-imports', Key: key }) as unknown as Parameters<typeof getSignedUrl>[1], { expiresIn }));
}

function check(url: URL, now = new Date()) {
  return verifyPresignedUrl({ method: 'PUT', rawPath: url.pathname, url, headers: { host: url.host }, now }, credentials);
}

describe('verifyPresignedUrl', () => {
  it('accepts what the AWS SDK presigner produced with the local credentials, including awkward keys', async () => {
    expect(check(await presign('imports/2024 list (1).csv'))).toEqual({ ok: true });
  });

  it('rejects another secret, a changed key and an expired URL', async () => {
    expect(check(await presign('a.csv', 'other-secret'))).toMatchObject({ ok: false, reason: /signature/ });
    const url = await presign('a.csv');
    const tampered = new URL(url.href.replace('/a.csv', '/b.csv'));
    expect(check(tampered)).toMatchObject({ ok: false, reason: /signature/ });
    expect(check(url, new Date(Date.now() + 301_000))).toMatchObject({ ok: false, reason: /expired/ });
  });
});
