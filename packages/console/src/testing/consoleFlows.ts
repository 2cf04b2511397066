import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { consoleRoot } from '../buildConsole';

/** Where test runs write screenshots (gitignored). */
export const screenshotDir = join(consoleRoot, 'screenshots');

/**
 * What a browser test does in the console, in the console's own words (links, buttons, labels),
 * so the import follow-up test and the claim test read the same way. Every wait is on a condition.
 */
export function consoleFlows(page: Page, baseUrl: string) {
  const go = async (fragment: string) => {
    await page.goto(`${baseUrl}/console/${fragment}`);
    await page.locator('main h1').first().waitFor();
  };

  return {
    /** The executions list of one workflow with one console status (e.g. 'waiting'). */
    async openExecutions(filter: { workflow?: string; status?: string; search?: string } = {}) {
      const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1]).map(([k, v]): [string, string] => [k === 'search' ? 'q' : k, v]));
      await go(`#/executions${query.size ? `?${query}` : ''}`);
    },

    /** The list's row of an execution, once the (polled) list shows it. */
    executionRow(name: string): Locator {
      return page.locator(`tr[data-execution="${name}"]`);
    },

    /** Waits until the list shows a row matching `text` (e.g. the restaurant id) and returns the execution name. */
    async waitForExecutionRow(text: string | RegExp): Promise<string> {
      const row = page.locator('table.executions tbody tr').filter({ hasText: text }).first();
      await row.waitFor();
      return (await row.getAttribute('data-execution'))!;
    },

    async openExecution(name: string) {
      await go(`#/execution/${encodeURIComponent(name)}`);
      await page.locator('svg.state-graph').waitFor();
    },

    /** A state's node in the graph, and how it is marked (waiting, current, succeeded, failed, not-reached). */
    graphNode(state: string): Locator {
      return page.locator(`svg.state-graph g.node[data-state="${state}"]`).first();
    },

    async waitForMark(state: string, mark: string) {
      await page.locator(`svg.state-graph g.node[data-state="${state}"][data-mark="${mark}"]`).first().waitFor();
    },

    /** Waits for the execution's status text ("succeeded", "waiting for a person"…). */
    async waitForExecutionStatus(text: string) {
      await page.locator('[data-testid="execution-status"]', { hasText: text }).waitFor();
    },

    /** Fills a staff action's form (fields by label) in the waiting panel, submits it, and returns what the API answered. */
    async runStaffAction(actionId: string, fields: Record<string, string> = {}): Promise<string> {
      const form = page.locator(`form.action[data-action="${actionId}"]`);
      for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
      await form.locator('button[type="submit"]').click();
      // Read in the page, in one step: a successful action can move the execution on, and the
      // next poll then replaces the waiting panel (and this form) between two separate calls.
      const text = await page.waitForFunction(
        // Runs in the page; this file is typed without the DOM library.
        (id) => (globalThis as unknown as PageGlobals).document.querySelector(`form.action[data-action="${id}"] [role="status"]`)?.textContent || undefined,
        actionId,
      );
      return (await text.jsonValue()) as string;
    },

    async openOutbox() {
      await go('#/outbox');
    },

    /** Opens the newest outbox message whose subject matches; answers its text and the links of its HTML. */
    async openOutboxMessage(subject: string | RegExp): Promise<{ text: string; links: string[] }> {
      await go('#/outbox');
      await page.locator('.message-list a', { hasText: subject }).first().click();
      const article = page.locator('article.message');
      await article.locator('h2', { hasText: subject }).waitFor();
      const text = await article.locator('pre.message-text').innerText();
      const links = await article.locator('.message-links a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
      return { text, links };
    },

    async openTimeline(restaurantId: string) {
      await go(`#/restaurants/${encodeURIComponent(restaurantId)}`);
    },

    /** Waits until the timeline lists at least these event types, then answers every type in order. */
    async timelineEventTypes(expected: readonly string[]): Promise<string[]> {
      const items = page.locator('ol.timeline-list > li');
      for (const type of expected) await items.filter({ has: page.locator('strong', { hasText: new RegExp(`^${type}$`) }) }).first().waitFor();
      return items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event-type')!));
    },

    async openDeadLetters() {
      await go('#/dead-letters');
      await page.locator('main p.muted', { hasText: 'subscriptions have dead letters' }).waitFor();
    },

    async screenshot(name: string) {
      await mkdir(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}

/** The little of the page's globals the flows read inside page functions. */
interface PageGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}
