import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalRuntime, type LocalRuntime } from './startLocalRuntime';

type Operation = { operationId: string; security: Record<string, string[]>[] };
let runtime: LocalRuntime;
let dir: string;

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-openapi-'));
  runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0 });
});
afterAll(async () => {
  await runtime?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /openapi.json on the local runtime', () => {
  it('is public and describes exactly the routes the gateway serves: same method, path and auth', async () => {
    const response = await fetch(`${runtime.url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(doc.openapi).toBe('3.1.0');
    const served = runtime.routes.map((r) => `${r.method} ${r.path} ${r.operationId} ${JSON.stringify(r.auth === 'public' ? [] : r.auth.map((role) => ({ bearer: [role] })))}`);
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId} ${JSON.stringify(op.security)}`));
    expect(documented.sort()).toEqual(served.sort());
    expect(served).toContainEqual(expect.stringMatching(/^GET \/openapi\.json getOpenApiDocument \[\]$/));
  });

  it('answers 304 to its own ETag', async () => {
    const first = await fetch(`${runtime.url}/openapi.json`);
    const again = await fetch(`${runtime.url}/openapi.json`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });
});
