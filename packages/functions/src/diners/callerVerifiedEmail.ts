import { dinerRegisteredSchema } from '@forkcast/events';
import { claimsOf } from '../http/claimsOf';
import type { HttpRequest } from '../http/httpRequest';

/**
 * The email the caller's token vouches for: a Cognito ID token's `email` with `email_verified`
 * (the JWT authorizer hands both over as strings). Access tokens carry neither, so this is often
 * undefined; an unverified or malformed address is never taken.
 */
export function callerVerifiedEmail(request: HttpRequest<unknown, unknown, unknown>): string | undefined {
  const claims = claimsOf(request.event);
  if (String(claims?.email_verified) !== 'true' || typeof claims?.email !== 'string') return undefined;
  const email = dinerRegisteredSchema.shape.email.safeParse(claims.email);
  return email.success ? email.data : undefined;
}
