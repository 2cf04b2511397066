import { describe, expect, it } from 'vitest';
import { useConsoleSession } from './testing';

// The restaurant onboarding waits on two people in turn: staff (a restaurant without a contact)
// and then the restaurant's contact (the emailed verification link). Its waits are scaled down
// twice: the execution input's timings and the engine's clock. The two waits on people get hours
// of engine time, so only the test's own steps decide when they end, while the training series
// (14 "days" of a second each) takes a fraction of a second.
const timings = { verifyWithinSeconds: 36_000, contactRecheckSeconds: 36_000, contactChecks: 3, daySeconds: 1 };
const restaurantName = 'Console Claim Tasca';
const subject = `Confirm that you run ${restaurantName} on Forkcast`;

const { session, flows, expectAccessible } = await useConsoleSession({ runtime: { workflowSpeed: 100, feed: { pollIntervalMs: 50 }, settings: { onboarding: timings } } });

/** Polls `probe` until it answers something (a condition, never a fixed sleep). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The onboarding view once it is in `status` (the projection lags the log a little). */
const onboardingIn = (claimId: string, status: string) =>
  eventually(`onboarding ${claimId} ${status}`, async () => {
    const response = await session.call('GET', `/onboarding/${claimId}`);
    if (response.status !== 200) return undefined;
    const view = (await response.json()) as { status: string; history: { event: string; step: string }[] };
    return view.status === status ? view : undefined;
  });

describe('the console, on a claim of a restaurant that has no contact', () => {
  let restaurant: string;
  let claimId: string;
  let execution: string;

  it('lists a claim created through the API as waiting for a person', async () => {
    const listed = await session.call('POST', '/restaurants', {
      name: restaurantName, city: 'Claimton', address: '1 Console Lane', location: { lat: 38.7, lon: -9.1 }, cuisines: ['Portuguese'], priceRange: 2,
    });
    expect(listed.status).toBe(201);
    ({ stream: restaurant } = (await listed.json()) as { stream: string });
    const diner = await session.runtime.issueToken({ role: 'diner', sub: 'claiming-diner' });
    expect((await session.call('POST', '/me', { displayName: 'Dora Claimant' }, diner)).status).toBeLessThan(300);
    const claimed = await session.call('POST', `/restaurants/${restaurant}/claims`, {}, diner);
    expect(claimed.status, await claimed.clone().text()).toBe(202);
    ({ claimId, execution } = (await claimed.json()) as { claimId: string; execution: string });

    await flows.openExecutions({ workflow: 'restaurant-onboarding', status: 'waiting' });
    // The list polls: the row appears once the bus started the execution and it parked on its wait.
    const row = flows.executionRow(execution).filter({ hasText: 'Wait for staff to add the contact' });
    await row.waitFor();
    expect(await row.innerText()).toContain('waiting for a person');
    expect(await row.innerText()).toContain(restaurant);
    await expectAccessible();
  });

  it('draws the graph with the contact wait highlighted, and staff add the contact from the console', async () => {
    const { page } = session;
    await flows.openExecution(execution);
    await flows.waitForMark('Wait for staff to add the contact', 'waiting');
    expect(await flows.graphNode('Wait for staff to add the contact').textContent()).toContain('waiting for a person');
    expect(await flows.graphNode('Email the verification link').getAttribute('data-mark')).toBe('succeeded');
    expect(await flows.graphNode('Wait for the owner to verify').getAttribute('data-mark')).toBe('not-reached');
    expect(await page.locator('section.waiting').innerText()).toMatch(/Waits for\s+staff to add the restaurant's contact/);
    // The claim recorded that it waits (the contact must come after it for the timeline's order).
    await onboardingIn(claimId, 'awaiting-contact');
    await expectAccessible();
    await flows.screenshot('claim-execution-detail-waiting-for-contact');

    const answer = await flows.runStaffAction('add-contact', { Email: 'owner@claimton.test', Name: 'Olga Owner' });
    expect(JSON.parse(answer)).toMatchObject({ stream: restaurant });
    // The release policy answers the task token; the page polls, with no reload.
    await flows.waitForMark('Wait for the owner to verify', 'waiting');
    expect(await flows.graphNode('Wait for staff to add the contact').getAttribute('data-mark')).toBe('succeeded');
    expect(await page.locator('section.waiting').innerText()).toMatch(/Waits for\s+the restaurant's contact to open the emailed verification link/);
    await expectAccessible();
  });

  it('staff resend the verification email from the console: a second message is in the outbox', async () => {
    const { page } = session;
    const answer = await flows.runStaffAction('resend-verification-email');
    expect(JSON.parse(answer)).toMatchObject({ id: claimId, stream: `claim-${claimId}` });

    await flows.openOutbox();
    const messages = page.locator('.message-list a', { hasText: subject });
    await messages.nth(1).waitFor();
    expect(await messages.count()).toBe(2);
    for (const text of await messages.allInnerTexts()) expect(text).toContain('to owner@claimton.test');
    await expectAccessible();
  });

  it('the owner verifies through the link in the outbox message; the execution succeeds live', async () => {
    const { page } = session;
    // The newest message: the one staff had sent again.
    const { text, links } = await flows.openOutboxMessage(subject);
    expect(text).toContain(`manage ${restaurantName}`);
    await expectAccessible();
    const link = new URL(links.find((l) => new URL(l).pathname.endsWith('/verify'))!);
    expect(link.pathname).toBe(`/claims/${claimId}/verify`);
    const token = link.searchParams.get('token')!;

    // The link opens the public site, whose page makes this call: no bearer token, the link's token is the credential.
    await flows.openExecution(execution);
    await flows.waitForMark('Wait for the owner to verify', 'waiting');
    const verified = await fetch(`${session.runtime.url}/claims/${claimId}/verification`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }),
    });
    expect(verified.status, await verified.clone().text()).toBe(202);

    await flows.waitForExecutionStatus('succeeded');
    await flows.waitForMark('Onboarded', 'succeeded');
    expect(await flows.graphNode('Wait for the owner to verify').getAttribute('data-mark')).toBe('succeeded');
    expect(await flows.graphNode('Mark the claim expired').getAttribute('data-mark')).toBe('not-reached');
    expect(await flows.graphNode('Mark the claim rejected').getAttribute('data-mark')).toBe('not-reached');
    expect(await page.locator('section.waiting').count()).toBe(0);
    const steps = await page.locator('table.steps tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-step')));
    expect(steps).toEqual(expect.arrayContaining(['Wait for staff to add the contact', 'Wait for the owner to verify', 'Record the owner', 'Remind the owner to post specials']));
    await expectAccessible();
    await flows.screenshot('claim-execution-detail');

    const view = await onboardingIn(claimId, 'onboarded');
    expect(view.history.map((h) => h.step)).toContain('Verification link emailed again by staff');
  });

  it("lists the claim's, the contact's, the owner's and the onboarding's events on the restaurant timeline, in order", async () => {
    await flows.openTimeline(restaurant);
    const inOrder = [
      'RestaurantListed', 'RestaurantClaimRequested', 'RestaurantClaimAwaitingContact', 'RestaurantContactAdded', 'RestaurantClaimVerificationSent',
      'RestaurantClaimVerificationResent', 'RestaurantClaimVerified', 'RestaurantClaimed', 'RestaurantClaimGranted', 'RestaurantOwnerWelcomed',
      'RestaurantOwnerTrainingSent', 'RestaurantOwnerSpecialsChecked', 'RestaurantOwnerRemindedOfSpecials',
    ];
    const types = await flows.timelineEventTypes([...inOrder, 'RestaurantClaimVerificationAwaited']);
    // The workflow records its wait (…Awaited) while the owner may already be verifying: it
    // comes after the link went out and before the owner is recorded, wherever in between.
    const positions = inOrder.map((type) => types.indexOf(type));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const awaited = types.indexOf('RestaurantClaimVerificationAwaited');
    expect(awaited).toBeGreaterThan(types.indexOf('RestaurantClaimVerificationSent'));
    expect(awaited).toBeLessThan(types.indexOf('RestaurantClaimed'));
    expect(types.filter((t) => t === 'RestaurantOwnerTrainingSent')).toHaveLength(3);
    expect(types.at(-1)).toBe('RestaurantOwnerRemindedOfSpecials');
    await expectAccessible();
  });

  it('ran without page errors or CSP violations', () => {
    expect(session.pageProblems).toEqual([]);
  });
});
