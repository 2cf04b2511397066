import type { Settings } from '../dependencies';
import { requiredFromEnvironment } from './awsEnvironment';

/**
 * The stage's settings, from the environment the stacks set. STAFF_EMAIL is read when used: only
 * the handlers that mail staff have it (their rows need `mail:send`), and the others that read
 * settings (onboarding timings, the freshness period) must still build without it.
 */
export function awsSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const days = env.SPECIALS_STALE_AFTER_DAYS;
  return {
    get staffEmail() {
      return requiredFromEnvironment('STAFF_EMAIL', env);
    },
    ...(days ? { specialsStaleAfterDays: Number(days) } : {}),
  };
}
