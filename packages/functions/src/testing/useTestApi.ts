import { afterAll, beforeAll } from 'vitest';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { writeLogDirect } from '@forkcast/core/testing';
import type { EventEnvelope } from '@forkcast/events';
import { testApi } from './testApi';
import { testDependencies } from './testDependencies';

/**
 * A test file's API over its own dynalite: starts it before the file's tests and stops it after.
 * `deps()` are the dependencies the handlers were built with (the stores, the in-memory mailer…).
 * `log`, when given, is in the event table before the first test (written directly, not appended).
 */
export function useTestApi(options: { log?: readonly EventEnvelope[] } = {}) {
  let dynalite: DynaliteHandle | undefined;
  let deps: ReturnType<typeof testDependencies> | undefined;
  beforeAll(async () => {
    dynalite = await startDynalite();
    deps = testDependencies(dynalite);
    if (options.log) await writeLogDirect(dynalite.client, dynalite.tables.events, options.log);
  });
  afterAll(() => dynalite?.stop());
  const current = () => {
    if (!deps) throw new Error('useTestApi: the dependencies exist once beforeAll has run');
    return deps;
  };
  return { ...testApi(current), deps: current };
}
