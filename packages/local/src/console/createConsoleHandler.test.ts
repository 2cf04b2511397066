import { createServer, type Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleHandler } from './createConsoleHandler';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-console-dist-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><script type="module" src="/console/assets/app.js"></script>');
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(dir, 'assets', 'app.css'), 'body{}');
  await writeFile(join(tmpdir(), 'forkcast-secret.txt'), 'secret');
  const handle = createConsoleHandler({ dir });
  server = createServer((req, res) => void handle(req, res, new URL(req.url!, 'http://x')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('the console handler', () => {
  it('serves the page with a CSP that allows only its own scripts, and assets with their content types', async () => {
    const page = await fetch(`${base}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const js = await fetch(`${base}/console/assets/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/console/assets/app.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects /console to /console/ and answers 404 for missing files and paths outside its folder', async () => {
    const bare = await fetch(`${base}/console`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/console/');
    expect((await fetch(`${base}/console/assets/none.js`)).status).toBe(404);
    // The URL parser resolves dot segments; an encoded slash stays part of one (missing) file name.
    expect((await fetch(`${base}/console/..%2fforkcast-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/console/assets/..%2f..%2fforkcast-secret.txt`)).status).toBe(404);
    expect((await fetch(`${base}/console/`, { method: 'POST' })).status).toBe(405);
  });

  it('says how to build the console when it is not built', async () => {
    const handle = createConsoleHandler({ dir: join(dir, 'missing') });
    const unbuilt = createServer((req, res) => void handle(req, res, new URL(req.url!, 'http://x')));
    await new Promise<void>((resolve) => unbuilt.listen(0, '127.0.0.1', resolve));
    const response = await fetch(`http://127.0.0.1:${(unbuilt.address() as AddressInfo).port}/console/`);
    await new Promise((resolve) => unbuilt.close(resolve));
    expect(response.status).toBe(503);
    expect(((await response.json()) as { detail: string }).detail).toContain('npm run build -w @forkcast/console');
  });
});
