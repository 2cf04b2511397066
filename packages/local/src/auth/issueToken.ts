import { SignJWT } from 'jose';
import { signingAlgorithm, type LocalSigningKey } from './localSigningKey';
import { tokenAudience, type TokenRole } from './tokenSettings';

export interface IssueTokenOptions {
  key: LocalSigningKey;
  issuer: string;
  sub: string;
  role: TokenRole;
  ttlSeconds: number;
  audience?: string;
  /** A verified address, as a Cognito ID token carries it (`email`, `email_verified`). */
  email?: string;
  /** Seconds since the epoch; the clock for tests. */
  now?: number;
}

/** A JWT shaped like a Cognito token: the role travels in `cognito:groups`. */
export async function issueToken(options: IssueTokenOptions): Promise<string> {
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const email = options.email === undefined ? {} : { email: options.email, email_verified: true };
  return new SignJWT({ 'cognito:groups': [options.role], ...email })
    .setProtectedHeader({ alg: signingAlgorithm, kid: options.key.kid, typ: 'JWT' })
    .setSubject(options.sub)
    .setIssuer(options.issuer)
    .setAudience(options.audience ?? tokenAudience)
    .setIssuedAt(now)
    .setExpirationTime(now + options.ttlSeconds)
    .sign(options.key.privateKey);
}
