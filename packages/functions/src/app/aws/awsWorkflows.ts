import type { Workflows } from '@forkcast/core';
import { SfnWorkflows } from '@forkcast/core/sfnWorkflows';

/** Step Functions, for task callbacks. */
export function awsWorkflows(): Workflows {
  return new SfnWorkflows();
}
