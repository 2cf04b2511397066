import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendProblem } from '../gateway/sendProblem';

export const consolePath = '/console';

/** Where `npm run build -w @forkcast/console` writes the console (never committed). */
export const defaultConsoleDir = fileURLToPath(new URL('../../../console/dist/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Scripts only from the console's own files. Inline styles stay allowed for the emails the outbox
 * renders (in a sandboxed frame without scripts); frames only from srcdoc.
 */
export const consoleContentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** `GET /console/…`: the built console, index.html for the page itself. */
export function createConsoleHandler(options: { dir?: string } = {}) {
  const root = options.dir ?? defaultConsoleDir;
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    if (url.pathname !== consolePath && !url.pathname.startsWith(`${consolePath}/`)) {
      return sendProblem(response, 404, 'Not Found', `no route for ${request.method} ${url.pathname}`);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendProblem(response, 405, 'Method Not Allowed', `${consolePath} allows GET`, { allow: 'GET, HEAD' });
    // The page's relative asset URLs resolve under /console/ only with the slash.
    if (url.pathname === consolePath) {
      response.writeHead(308, { location: `${consolePath}/${url.search}` });
      return void response.end();
    }
    const relative = url.pathname.slice(consolePath.length + 1) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root.endsWith(sep) ? root : `${root}${sep}`))) return sendProblem(response, 404, 'Not Found', `no file ${url.pathname}`);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') throw error;
      if (relative === 'index.html') {
        return sendProblem(response, 503, 'Service Unavailable', 'the console is not built: run `npm run build -w @forkcast/console` (npm start does it)');
      }
      return sendProblem(response, 404, 'Not Found', `no file ${url.pathname}`);
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'content-security-policy': consoleContentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      // Hashed asset names never change content; the page itself must be fetched again.
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
