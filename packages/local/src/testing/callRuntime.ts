/** What a test reads of a response: the status, the body as text, and parsed when it is JSON. */
export interface RuntimeResponse {
  status: number;
  text: string;
  // Tests index into bodies freely; the route's own schemas are what check their shape.
  json: Record<string, any>;
}

/** One HTTP request to a running local runtime, with a bearer token and a JSON body when given. */
export async function callRuntime(runtime: { url: string }, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<RuntimeResponse> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${runtime.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  let json: Record<string, any> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, any>) : {};
  } catch {
    // Not JSON (an empty 204, say): the text is there to assert on.
  }
  return { status: response.status, text, json };
}
