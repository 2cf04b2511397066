import { Stack } from 'aws-cdk-lib';
import { NagSuppressions } from 'cdk-nag';
import type { IConstruct } from 'constructs';

const basicExecutionRole = 'Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';

/**
 * Suppresses cdk-nag findings on the helper functions that SST and CDK add to a stack by
 * themselves (SST's per-stack CustomResourceHandler, CDK's S3 notification handler): their runtime
 * and role are fixed by the framework, not by our code. Our own functions get no blanket
 * treatment; their suppressions sit next to them, each with its own reason.
 */
export function suppressSstBaseline(construct: IConstruct): void {
  if (!Stack.isStack(construct)) return;
  for (const child of construct.node.children) {
    const id = child.node.id;
    if (id === 'CustomResourceHandler') {
      NagSuppressions.addResourceSuppressions(
        child,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason: 'SST creates this handler in every stack with the basic execution role (logs only).',
            appliesTo: [basicExecutionRole],
          },
          { id: 'AwsSolutions-L1', reason: 'SST pins the runtime of its own custom resource handler.' },
        ],
        true,
      );
    } else if (id.startsWith('BucketNotificationsHandler')) {
      NagSuppressions.addResourceSuppressions(
        child,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason:
              'CDK singleton that installs S3 notifications at deploy time; ' +
              'the policy is the basic execution role (logs only).',
            appliesTo: [basicExecutionRole],
          },
        ],
        true,
      );
    }
  }
}
