import { errors, jwtVerify, SignJWT } from 'jose';

/** What a link in an email lets its holder do, and to what. */
export interface LinkClaims {
  /** e.g. `verify-claim`, `respond-to-review`: a token for one purpose is refused for another. */
  purpose: string;
  /** The thing the link acts on, e.g. a claim id. */
  subject: string;
}

/** The token of a link is not one we issued for this purpose, or it has expired. */
export class LinkTokenError extends Error {
  override name = 'LinkTokenError';
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'the link has expired' : 'the link is not valid');
  }
}

const issuer = 'forkcast-links';
const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** A signed token for a link, valid for `expiresInSeconds` (HS256 JWT: a maintained, well-understood format). */
export async function signLinkToken(secret: string, claims: LinkClaims, expiresInSeconds: number, now: Date = new Date()): Promise<string> {
  if (secret.length < 32) throw new Error('a link signing secret must have at least 32 characters');
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ purpose: claims.purpose })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setSubject(claims.subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresInSeconds)
    .sign(keyOf(secret));
}

/** The claims of a token we signed for `purpose`; LinkTokenError when it is foreign, altered, for another purpose or expired. */
export async function verifyLinkToken(secret: string, token: string, purpose: string, now: Date = new Date()): Promise<LinkClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer, algorithms: ['HS256'], currentDate: now });
    if (payload.purpose !== purpose || typeof payload.sub !== 'string') throw new LinkTokenError('invalid');
    return { purpose, subject: payload.sub };
  } catch (error) {
    if (error instanceof LinkTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new LinkTokenError('expired');
    throw new LinkTokenError('invalid');
  }
}
