import type { Actor } from '@forkcast/events';
import type { Role } from './route';

const roles: readonly Role[] = ['staff', 'owner', 'diner'];

export interface Caller {
  actor: Actor;
  /** Every role the token grants (a person may be staff and a diner). */
  roles: Role[];
}

/**
 * The caller as API Gateway's JWT authorizer hands it over: `sub` and `cognito:groups`. API Gateway
 * flattens array claims to the string "[staff diner]"; a JSON array (as tests may send) is accepted too.
 * Returns undefined when there is no verified subject.
 */
export function actorFromClaims(claims: Record<string, unknown> | undefined, prefer: readonly Role[] = roles): Caller | undefined {
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  const granted = groupsOf(claims?.['cognito:groups']).filter((g): g is Role => (roles as readonly string[]).includes(g));
  // The acting role is the one the route asked for, so events record why the caller was allowed.
  const role = prefer.find((r) => granted.includes(r)) ?? roles.find((r) => granted.includes(r)) ?? 'diner';
  return { actor: { id: sub, role }, roles: granted };
}

function groupsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string') return [];
  const trimmed = value.trim();
  if (trimmed.startsWith('[') && trimmed.includes('"')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // not JSON: fall through to API Gateway's "[a b]" form
    }
  }
  return trimmed.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
}
