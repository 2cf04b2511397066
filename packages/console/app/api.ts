import { clearToken, getToken } from './token';

/** An API answer that is not 2xx, with the problem+json detail when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem?: unknown,
  ) {
    super(message);
  }
}

let onSignedOut: () => void = () => {};
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

/** Every action of the console is an ordinary API call with the staff token. */
export async function api<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const token = getToken();
  const response = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : undefined;
  } catch {
    value = text;
  }
  if (!response.ok) {
    if (response.status === 401) {
      clearToken();
      onSignedOut();
    }
    const problem = value as { title?: string; detail?: string } | undefined;
    throw new ApiError(response.status, `${method} ${path}: ${response.status} ${problem?.title ?? ''}${problem?.detail ? `: ${problem.detail}` : ''}`, value);
  }
  return value as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
