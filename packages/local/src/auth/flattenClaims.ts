import type { JWTPayload } from 'jose';

/**
 * API Gateway's JWT authorizer hands claims to the Lambda as strings: numbers stringified and
 * arrays flattened to "[a b]" (e.g. `cognito:groups` → "[staff]"). Handlers must cope with
 * exactly that, so the local gateway does the same.
 */
export function flattenClaims(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) claims[name] = `[${value.join(' ')}]`;
    else if (typeof value === 'object') claims[name] = JSON.stringify(value);
    else claims[name] = String(value);
  }
  return claims;
}
