import type { Workflows } from '@forkcast/core';
import { SfnWorkflows } from '@forkcast/core/sfnWorkflows';
import { stateMachineArnsFromEnvironment } from './awsEnvironment';

/** Step Functions, for task callbacks. */
export function awsWorkflows(): Workflows {
  return new SfnWorkflows({ stateMachineArns: stateMachineArnsFromEnvironment() });
}
