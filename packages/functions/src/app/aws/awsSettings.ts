import type { Settings } from '../dependencies';
import { requiredFromEnvironment } from './awsEnvironment';

/** The stage's settings, from the environment the stacks set. */
export function awsSettings(): Settings {
  return { staffEmail: requiredFromEnvironment('STAFF_EMAIL') };
}
