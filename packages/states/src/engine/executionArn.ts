/** Step Functions' two workflow types. */
export type StateMachineType = 'STANDARD' | 'EXPRESS';

/**
 * An execution's ARN as AWS forms it from its state machine's ARN:
 *   STANDARD: arn:aws:states:<region>:<account>:execution:<stateMachineName>:<executionName>
 *   EXPRESS:  arn:aws:states:<region>:<account>:express:<stateMachineName>:<executionName>:<id>
 * (`id` is a UUID AWS draws per execution, so two Express executions may share a name).
 */
export function executionArn(stateMachineArn: string, type: StateMachineType, name: string, id?: string): string {
  const [, partition, , region, account, , machineName] = stateMachineArn.split(':');
  const base = `arn:${partition}:states:${region}:${account}`;
  if (type === 'EXPRESS') {
    if (!id) throw new Error('an Express execution ARN needs an execution id');
    return `${base}:express:${machineName}:${name}:${id}`;
  }
  return `${base}:execution:${machineName}:${name}`;
}

/** The execution name in an execution ARN of either form (its 8th field), or the text itself if it is a bare name. */
export function executionNameOf(arnOrName: string): string {
  const parts = arnOrName.split(':');
  return parts.length >= 8 ? parts[7]! : arnOrName;
}
