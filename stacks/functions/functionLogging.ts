import { RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Stack } from 'sst/constructs';
import { retainsData } from '../retainsData';

export interface FunctionLogging {
  logGroup: LogGroup;
  role: Role;
}

/**
 * A log group with a retention and a role that may write to that log group only. Lambda's default
 * role carries the AWSLambdaBasicExecutionRole managed policy (logs writes on every log group) and
 * its default log group keeps logs forever; one role per function, scoped this way, is both the
 * least-privilege and the cheaper choice. Spread the result into the Function's props.
 */
export function functionLogging(stack: Stack, id: string): FunctionLogging {
  const retained = retainsData(stack.stage);
  const logGroup = new LogGroup(stack, `${id}Logs`, {
    retention: retained ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
    removalPolicy: retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
  });
  const role = new Role(stack, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs the ${id} function`,
  });
  role.addToPolicy(
    new PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [logGroup.logGroupArn],
    }),
  );
  return { logGroup, role };
}
