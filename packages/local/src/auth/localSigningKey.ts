import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { writeFileAtomic } from '../runtime/writeFileAtomic';

export interface LocalSigningKey {
  kid: string;
  privateKey: CryptoKey;
  /** The public half as served at /.well-known/jwks.json. */
  publicJwk: JWK;
}

export const signingAlgorithm = 'ES256';

/**
 * The local stand-in of Cognito's signing key: an ES256 pair created on first use and kept in the
 * data dir, so tokens printed by `forkcast token` stay valid across restarts.
 */
export async function loadOrCreateSigningKey(path: string): Promise<LocalSigningKey> {
  const stored = await readStoredKey(path);
  if (stored) return fromJwk(stored);
  const { privateKey } = await generateKeyPair(signingAlgorithm, { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: signingAlgorithm, use: 'sig' };
  // Two processes may race on first start; the first rename wins, the loser re-reads it below.
  await writeFileAtomic(path, JSON.stringify(jwk, null, 2), 0o600);
  return fromJwk((await readStoredKey(path)) ?? jwk);
}

async function readStoredKey(path: string): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function fromJwk(jwk: JWK): Promise<LocalSigningKey> {
  const { d: _private, ...publicJwk } = jwk;
  const privateKey = (await importJWK(jwk, signingAlgorithm)) as CryptoKey;
  return { kid: jwk.kid!, privateKey, publicJwk: { ...publicJwk, kid: jwk.kid, alg: signingAlgorithm, use: 'sig' } };
}
