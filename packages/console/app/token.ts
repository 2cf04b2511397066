const key = 'forkcast.console.token';

/**
 * A `#token=<JWT>` link signs the tab in: the fragment never reaches the server, and the token is
 * kept in sessionStorage (this tab only), then removed from the address bar and history.
 */
export function takeTokenFromLocation(): void {
  const match = /^#token=([^&]+)/.exec(location.hash);
  if (!match) return;
  setToken(decodeURIComponent(match[1]!));
  history.replaceState(null, '', `${location.pathname}${location.search}#/`);
}

export function getToken(): string | undefined {
  return sessionStorage.getItem(key) ?? undefined;
}

export function setToken(token: string): void {
  sessionStorage.setItem(key, token.trim());
}

export function clearToken(): void {
  sessionStorage.removeItem(key);
}

/** The JWT's claims, unverified: only to show who is signed in and when the token expires. */
export function tokenClaims(token: string): { sub?: string; role?: string; roles?: string[]; exp?: number } | undefined {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)) as { sub?: string; exp?: number };
  } catch {
    return undefined;
  }
}
