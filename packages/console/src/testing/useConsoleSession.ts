import { afterAll, expect } from 'vitest';
import { seriousViolations } from './checkAccessibility';
import { consoleFlows } from './consoleFlows';
import { openConsoleSession, type ConsoleSession } from './consoleSession';

/**
 * A test file's console session (see openConsoleSession), its flows, and the accessibility check
 * every page step makes; the session stops after the file's tests. Awaited at the top of the file:
 * `const { session, flows, expectAccessible } = await useConsoleSession();`.
 */
export async function useConsoleSession(options: Parameters<typeof openConsoleSession>[0] = {}) {
  const session: ConsoleSession = await openConsoleSession(options);
  afterAll(() => session.stop());
  return {
    session,
    flows: consoleFlows(session.page, session.runtime.url),
    /** No serious axe violations on the page as it is now. */
    async expectAccessible() {
      expect(await seriousViolations(session.page)).toEqual([]);
    },
  };
}
