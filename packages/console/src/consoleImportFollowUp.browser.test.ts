import { describe, expect, it } from 'vitest';
import { useConsoleSession } from './testing';

// The import follow-up is a Standard workflow that waits on a task token until staff upload the
// CSV and the import finishes: the console's "waiting for a person" case, driven through the API.
const csvHeader =
  'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
const csvRow = '990042,Console Test Diner,1,Consoleton,"4 Browser Road, Consoleton",Centre,"Centre, Consoleton",77.1,28.6,"North Indian, Chinese",500,Indian Rupees(Rs.),No,No,No,No,2,3.9,Yellow,Good,12';

const { session, flows, expectAccessible } = await useConsoleSession();

describe('the console, on the import follow-up workflow', () => {
  let importId: string;
  let uploadUrl: string;
  let uploadHeaders: Record<string, string>;
  let executionName: string;

  it('signs in from the #token= link, keeping the token in the tab and out of the address bar', async () => {
    const { page } = session;
    await page.locator('header nav a', { hasText: 'Executions' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await page.evaluate('Object.values(sessionStorage)')).toEqual([session.staffToken]);
    expect(await page.locator('header .who').innerText()).toContain('console-test');
  });

  it('lists an execution started through the API as waiting for a person, with its current state', async () => {
    const created = await session.call('POST', '/imports', { filename: 'consoleton.csv' });
    expect(created.status).toBe(201);
    ({ importId, uploadUrl, uploadHeaders } = (await created.json()) as { importId: string; uploadUrl: string; uploadHeaders: Record<string, string> });

    await flows.openExecutions({ workflow: 'import-follow-up', status: 'waiting' });
    // The list polls: the execution appears once the bus started it and it reached its task token.
    const row = session.page.locator('table.executions tbody tr').filter({ hasText: 'Wait for the import to finish' }).first();
    await row.waitFor();
    executionName = (await row.getAttribute('data-execution'))!;
    const described = (await (await session.call('GET', `/_local/executions/${executionName}`)).json()) as { input: string };
    expect(described.input).toContain(`import-${importId}`);
    expect(await row.innerText()).toContain('waiting for a person');
    await expectAccessible();

    // Other statuses do not list it; the search by name finds it.
    await flows.openExecutions({ workflow: 'import-follow-up', status: 'succeeded' });
    await session.page.locator('main p[aria-live]', { hasText: '0 executions' }).waitFor();
    await flows.openExecutions({ search: executionName.slice(0, 8) });
    await flows.executionRow(executionName).waitFor();
  });

  it('draws the state machine with the waiting state highlighted, and offers the staff actions of that state', async () => {
    const { page } = session;
    await flows.openExecution(executionName);
    await flows.waitForMark('Wait for the import to finish', 'waiting');
    expect(await flows.graphNode('Wait for the import to finish').textContent()).toContain('waiting for a person');
    expect(await flows.graphNode('Remember the import').getAttribute('data-mark')).toBe('succeeded');
    expect(await flows.graphNode('Notify staff').getAttribute('data-mark')).toBe('not-reached');

    const panel = page.locator('section.waiting');
    expect(await panel.innerText()).toMatch(/Waits for\s+staff to upload the CSV/);
    expect(await panel.innerText()).toMatch(/Times out\s+\w/);
    const answer = await flows.runStaffAction('check-import');
    expect(JSON.parse(answer)).toMatchObject({ importId, status: 'awaiting-upload' });

    // Graph and steps are linked: choosing a node selects its row and shows its input and output.
    await flows.graphNode('Remember the import').locator('a[role="button"]').first().click();
    await page.locator('tr.selected[data-step="Remember the import"]').waitFor();
    expect(await page.locator('#step-detail-title').innerText()).toBe('Step: Remember the import');
    await page.locator('details.advanced summary').click();
    expect(await page.locator('details.advanced').innerText()).toContain('JSONata');

    // The history has the Scheduled and Started events, not only the state transitions.
    const types = await page.locator('table.history tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(types).toEqual(expect.arrayContaining(['ExecutionStarted', 'PassStateEntered', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted']));
    await expectAccessible();
    await flows.screenshot('execution-detail-waiting');
  });

  it('shows the execution succeed live once the CSV is uploaded, with every step on the timeline', async () => {
    const { page } = session;
    const put = await fetch(uploadUrl, { method: 'PUT', body: `${csvHeader}\n${csvRow}\n`, headers: uploadHeaders });
    expect(put.status).toBe(200);
    // No reload: the page polls the execution and its history.
    await flows.waitForExecutionStatus('succeeded');
    await flows.waitForMark('Notify staff', 'succeeded');
    expect(await flows.graphNode('Check the import').getAttribute('data-mark')).toBe('not-reached');
    const steps = await page.locator('table.steps tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-step'), r.getAttribute('data-status')]));
    expect(steps).toEqual([
      ['Remember the import', 'succeeded'],
      ['Wait for the import to finish', 'succeeded'],
      ['Notify staff', 'succeeded'],
    ]);
    expect(await page.locator('section.waiting').count()).toBe(0);
    await expectAccessible();
    await flows.screenshot('execution-detail');
  });

  it('shows the message the workflow sent in the outbox, rendered as HTML and as text', async () => {
    const { text } = await flows.openOutboxMessage('Import finished: consoleton.csv');
    expect(text).toContain(`import ${importId}`);
    expect(text).toContain('imported 1');
    const frame = session.page.frameLocator('iframe.message-html');
    expect(await frame.locator('body').innerText()).toContain('imported 1, updated 0');
    await expectAccessible();
  });

  it("lists the restaurant's events in order, with payload and metadata", async () => {
    const page = (await (await session.call('GET', '/restaurants?city=Consoleton')).json()) as { items: { id: string; name: string }[] };
    const restaurant = page.items.find((r) => r.name === 'Console Test Diner');
    expect(restaurant).toBeDefined();
    const contact = await session.call('POST', `/restaurants/${restaurant!.id}/contacts`, { email: 'owner@consoleton.test', name: 'Ana Console' });
    expect(contact.status).toBeLessThan(300);

    await flows.openTimeline(restaurant!.id);
    const types = await flows.timelineEventTypes(['RestaurantListed', 'RestaurantContactAdded']);
    expect(types).toEqual(['RestaurantListed', 'RestaurantContactAdded']);
    const first = session.page.locator('ol.timeline-list > li').first();
    await first.locator('summary').click();
    expect(await first.locator('pre').innerText()).toContain('"correlationId"');
    await expectAccessible();
  });

  it('lists the dead-letter queues of every subscription', async () => {
    await flows.openDeadLetters();
    expect(await session.page.locator('main p.muted').first().innerText()).toMatch(/^0 of \d+ subscriptions have dead letters\.$/);
    await expectAccessible();
  });

  it('works at 390 px wide and from the keyboard', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    await flows.openExecution(executionName);
    await flows.waitForExecutionStatus('succeeded');
    // Nothing wider than the screen but the scrolled regions (graph, tables).
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await expectAccessible();

    // Tab from the top of a freshly loaded page: the skip link first, then the navigation.
    await page.reload();
    await page.locator('svg.state-graph').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to content');
    // A graph node is reachable and chosen with the keyboard.
    await flows.graphNode('Notify staff').locator('a[role="button"]').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('tr.selected[data-step="Notify staff"]').waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('redrives a failed execution from its execution page, running again only the state that failed', async () => {
    const { page } = session;
    const created = await session.call('POST', '/imports', { filename: 'never-uploaded.csv' });
    const { importId: failingImport } = (await created.json()) as { importId: string };
    // The follow-up's task token, from its history once the task was handed it.
    let name: string | undefined;
    let token: string | undefined;
    for (let i = 0; i < 300 && !token; i++) {
      const listed = (await (await session.call('GET', '/_local/executions?workflow=import-follow-up&status=RUNNING')).json()) as { executions: { name: string }[] };
      for (const e of listed.executions) {
        const { events } = (await (await session.call('GET', `/_local/executions/${e.name}/history`)).json()) as { events: Record<string, { parameters?: string; input?: string }>[] };
        if (!events[0]?.executionStartedEventDetails?.input?.includes(failingImport)) continue;
        name = e.name;
        const scheduled = events.find((ev) => ev.type === ('TaskScheduled' as never));
        if (scheduled && events.some((ev) => ev.type === ('TaskSubmitted' as never))) token = (JSON.parse(scheduled.taskScheduledEventDetails!.parameters!) as { Payload: { taskToken: string } }).Payload.taskToken;
      }
      if (!token) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(token).toBeDefined();
    // An error its retriers give up on at once: caught, it ends in the Fail state.
    expect((await session.call('POST', `/_local/task-tokens/${encodeURIComponent(token!)}/failure`, { error: 'ImportNotFound', cause: 'gone' })).status).toBe(200);

    await flows.openExecution(name!);
    await flows.waitForExecutionStatus('failed');
    const panel = page.locator('section.redrive');
    expect(await panel.innerText()).toContain('the states that succeeded are not run again');
    await expectAccessible();
    await panel.locator('button', { hasText: 'Redrive' }).click();
    await panel.locator('p[role="status"]', { hasText: 'Redriven at' }).waitFor();
    await page.locator('[data-testid="execution-redrives"]', { hasText: '1 ×' }).waitFor();
    // A Fail state fails again: the redrive re-ran it, and not the task before it.
    await flows.waitForExecutionStatus('failed');
    const { events } = (await (await session.call('GET', `/_local/executions/${name}/history`)).json()) as { events: { type: string; executionRedrivenEventDetails?: unknown }[] };
    expect(events.filter((e) => e.type === 'ExecutionRedriven').map((e) => e.executionRedrivenEventDetails)).toEqual([{ redriveCount: 1 }]);
    expect(events.filter((e) => e.type === 'TaskStateEntered')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'FailStateEntered')).toHaveLength(2);
    await page.locator('table.history tbody tr[data-event-type="ExecutionRedriven"]').waitFor();
    await expectAccessible();
  });

  it('ran without page errors or CSP violations', () => {
    expect(session.pageProblems).toEqual([]);
  });
});
