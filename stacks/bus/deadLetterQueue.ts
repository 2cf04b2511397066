import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';

/** An encrypted, TLS-only queue that keeps failed deliveries for the longest SQS allows, to be redriven. */
export function deadLetterQueue(scope: Construct, id: string, p: { queueName?: string; removalPolicy: RemovalPolicy; of: string }): Queue {
  const queue = new Queue(scope, id, {
    queueName: p.queueName,
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy: p.removalPolicy,
  });
  NagSuppressions.addResourceSuppressions(queue, [
    { id: 'AwsSolutions-SQS3', reason: `This queue is itself the dead-letter queue of ${p.of}.` },
  ]);
  return queue;
}
