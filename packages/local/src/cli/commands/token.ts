import { parseArgs } from 'node:util';
import { dinerRegisteredSchema } from '@forkcast/events';
import { issueToken } from '../../auth/issueToken';
import { loadOrCreateSigningKey } from '../../auth/localSigningKey';
import { parseDuration } from '../../auth/parseDuration';
import { tokenRoles, type TokenRole } from '../../auth/tokenSettings';
import { dataDirLayout } from '../../runtime/dataDirLayout';
import { readRuntimeLock } from '../../runtime/runtimeLock';
import { UsageError, type CliIo } from '../cliIo';

/**
 * `forkcast token --role staff --sub alice [--ttl 1h] [--email ADDR]`: prints only the token, so
 * that `TOKEN=$(npx forkcast token ...)` works. `--email` adds a verified email claim, as a Cognito
 * ID token has, so a diner who registers with POST /me can be written to (and notified as an
 * owner). The issuer is the running runtime's URL, else FORKCAST_PUBLIC_URL, else
 * http://localhost:$PORT (3000).
 */
export default async function run(args: string[], io: CliIo, context: { dataDir: string }): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { role: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '1h' }, issuer: { type: 'string' }, email: { type: 'string' } },
    allowPositionals: true,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
  if (!values.role || !tokenRoles.includes(values.role as TokenRole)) throw new UsageError(`--role must be one of ${tokenRoles.join(', ')}`);
  if (!values.sub?.trim()) throw new UsageError('--sub ID is required (the user id the token stands for)');
  const ttlSeconds = parseDuration(values.ttl!);
  if (!ttlSeconds) throw new UsageError(`--ttl ${values.ttl} is not a duration like 90s, 15m, 1h or 7d`);

  const email = values.email?.trim();
  if (email !== undefined && !dinerRegisteredSchema.shape.email.safeParse(email).success) throw new UsageError(`--email ${values.email} is not an email address`);

  const layout = dataDirLayout(context.dataDir);
  const running = await readRuntimeLock(layout.runtimeLock);
  const issuer = values.issuer ?? running?.url ?? process.env.FORKCAST_PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const key = await loadOrCreateSigningKey(layout.signingKey);
  io.out(`${await issueToken({ key, issuer, sub: values.sub.trim(), role: values.role as TokenRole, ttlSeconds, ...(email ? { email } : {}) })}\n`);
  return 0;
}
