import { NagSuppressions } from 'cdk-nag';
import type { HandlerNeeds } from '@forkcast/functions';
import { Function, type FunctionProps, type Stack } from 'sst/constructs';
import { functionLogging, type FunctionLogging } from './functionLogging';
import { needGrants, type NeedResources } from './needGrants';

/** Where handler modules live; table rows name modules relative to it. */
export const functionsSrc = 'packages/functions/src';

/** `restaurants/listRestaurant` → `RestaurantsListRestaurant`: a construct id unique across contexts. */
export function functionIdOf(handlerModule: string): string {
  return handlerModule
    .split(/[/_-]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

export interface HandlerFunctionProps {
  /** The handler module, relative to packages/functions/src, without extension. */
  handler: string;
  needs: HandlerNeeds;
  resources: NeedResources;
  description: string;
  props?: Omit<FunctionProps, 'handler' | 'role' | 'logGroup'>;
}

export interface HandlerFunction extends FunctionLogging {
  fn: Function;
}

/**
 * One Lambda per handler module with its own log group and role; the role gets exactly the grants
 * of the module's declared needs, and the environment names only the resources it reaches.
 */
export function handlerFunction(stack: Stack, id: string, p: HandlerFunctionProps): HandlerFunction {
  const logging = functionLogging(stack, id);
  const grants = needGrants(p.needs, p.resources, p.handler);
  const fn = new Function(stack, id, {
    ...p.props,
    handler: `${functionsSrc}/${p.handler}.handler`,
    description: p.description.slice(0, 256),
    ...logging,
    environment: { ...p.props?.environment, ...grants.environment },
  });
  for (const statement of grants.statements) logging.role.addToPolicy(statement);
  suppressFunctionFindings(fn, logging);
  return { fn, ...logging };
}

/** The findings every handler function shares, each for a stated reason and only where it applies. */
export function suppressFunctionFindings(fn: Function, logging: FunctionLogging): void {
  NagSuppressions.addResourceSuppressions(fn, [
    {
      id: 'AwsSolutions-L1',
      reason: 'nodejs22.x is the runtime the project pins (DESIGN.md, Infrastructure); moving to a newer one is a deliberate upgrade.',
    },
  ]);
  NagSuppressions.addResourceSuppressions(
    logging.role,
    [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'Object keys under imports/ are per upload, so the grant is on the prefix; ' +
          'index ARNs name one exact index; StopExecution (need run:<workflow>) is on the executions of one state machine, ' +
          'whose ARNs are known only once started. No other wildcard is granted.',
        appliesTo: [
          { regex: '/^Resource::<[A-Za-z0-9.]+>\\/imports\\/\\*$/' },
          { regex: '/^Resource::arn:<AWS::Partition>:states:<AWS::Region>:<AWS::AccountId>:execution:<[A-Za-z0-9]+\\.Name>:\\*$/' },
          { regex: '/^Resource::arn:aws:s3:::.*\\/imports\\/\\*$/' },
        ],
      },
    ],
    true,
  );
}
