import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { signingAlgorithm } from './localSigningKey';
import { tokenAudience } from './tokenSettings';
import { flattenClaims } from './flattenClaims';

export type AuthorizerResult =
  | { ok: true; claims: Record<string, string> }
  | { ok: false; reason: string };

/**
 * The API Gateway HTTP API JWT authorizer, locally: the token from `Authorization` (with or
 * without "Bearer "), its signature checked against the JWKS, then `iss`, `aud`, `exp` and `nbf`.
 */
export function createJwtAuthorizer(options: { jwks: JWK[]; issuer: string; audience?: string; now?: () => number }) {
  const keySet = createLocalJWKSet({ keys: options.jwks });
  return async function authorize(authorization: string | undefined): Promise<AuthorizerResult> {
    if (!authorization) return { ok: false, reason: 'missing Authorization header' };
    const token = authorization.replace(/^Bearer\s+/i, '').trim();
    if (!token) return { ok: false, reason: 'empty bearer token' };
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: options.issuer,
        audience: options.audience ?? tokenAudience,
        algorithms: [signingAlgorithm],
        requiredClaims: ['exp', 'sub'],
        currentDate: options.now ? new Date(options.now()) : undefined,
      });
      return { ok: true, claims: flattenClaims(payload) };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  };
}
