import type { Settings } from '../dependencies';
import { requiredFromEnvironment } from './awsEnvironment';

/** The stage's settings, from the environment the stacks set. */
export function awsSettings(): Settings {
  const days = process.env.SPECIALS_STALE_AFTER_DAYS;
  return { staffEmail: requiredFromEnvironment('STAFF_EMAIL'), ...(days ? { specialsStaleAfterDays: Number(days) } : {}) };
}
