import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '@forkcast/local';
import { launchChromium, type LaunchedBrowser } from './launchChromium';

export interface ConsoleSession {
  runtime: LocalRuntime;
  browser: LaunchedBrowser;
  page: Page;
  staffToken: string;
  /** Problems the page reported: uncaught errors and CSP violations. */
  pageProblems: string[];
  /** An API call as a test client (not the console) makes it. */
  call(method: string, path: string, body?: unknown, token?: string): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * A local runtime (in memory, on a free port) and a chromium tab signed in to its console through
 * the `#token=` link, as `npm start` prints it. The console must be built (vitest's globalSetup).
 */
export async function openConsoleSession(options: { width?: number; height?: number; runtime?: Omit<LocalRuntimeOptions, 'dataDir' | 'port'> } = {}): Promise<ConsoleSession> {
  const dataDir = await mkdtemp(join(tmpdir(), 'forkcast-console-'));
  // e.g. `runtime: { workflowSpeed: 10_000 }` for a workflow whose Wait states last days.
  const runtime = await startLocalRuntime({ inMemory: true, ...options.runtime, dataDir, port: 0 });
  const staffToken = await runtime.issueToken({ role: 'staff', sub: 'console-test' });
  const browser = await launchChromium(options);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // Conditions, not sleeps: every wait is on something the page shows, with room for a loaded machine.
  page.setDefaultTimeout(30_000);
  const pageProblems: string[] = [];
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) pageProblems.push(`CSP: ${message.text()}`);
  });
  await page.goto(`${runtime.url}/console/#token=${staffToken}`);
  return {
    runtime,
    browser,
    page,
    staffToken,
    pageProblems,
    call(method, path, body, token = staffToken) {
      return fetch(`${runtime.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    },
    async stop() {
      await browser.close();
      await runtime.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
