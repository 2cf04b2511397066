import { describe, expect, it } from 'vitest';
import { LinkTokenError, signLinkToken, verifyLinkToken } from './linkTokens';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const at = new Date('2026-01-01T00:00:00Z');
const later = (s: number) => new Date(at.getTime() + s * 1000);

describe('link tokens', () => {
  it('verify for their purpose until they expire', async () => {
    const token = await signLinkToken(secret, { purpose: 'verify-claim', subject: 'claim-1' }, 7 * 86_400, at);
    expect(await verifyLinkToken(secret, token, 'verify-claim', later(86_400))).toEqual({ purpose: 'verify-claim', subject: 'claim-1' });
    await expect(verifyLinkToken(secret, token, 'verify-claim', later(7 * 86_400 + 1))).rejects.toEqual(new LinkTokenError('expired'));
  });

  it('refuse another purpose, another key, an altered token and garbage', async () => {
    const token = await signLinkToken(secret, { purpose: 'verify-claim', subject: 'claim-1' }, 3600, at);
    await expect(verifyLinkToken(secret, token, 'respond-to-review', at)).rejects.toEqual(new LinkTokenError('invalid'));
    await expect(verifyLinkToken(`${secret}-other`, token, 'verify-claim', at)).rejects.toEqual(new LinkTokenError('invalid'));
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'claim-2' })).toString('base64url');
    await expect(verifyLinkToken(secret, `${header}.${forged}.${signature}`, 'verify-claim', at)).rejects.toEqual(new LinkTokenError('invalid'));
    await expect(verifyLinkToken(secret, 'not-a-token', 'verify-claim', at)).rejects.toEqual(new LinkTokenError('invalid'));
  });

  it('need a secret long enough to sign with', async () => {
    await expect(signLinkToken('short', { purpose: 'p', subject: 's' }, 60)).rejects.toThrow(/at least 32/);
  });
});
