import type { RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type BucketProps, type IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/**
 * A private bucket as every Forkcast bucket is: public access blocked, ACLs off, SSE-S3, TLS only,
 * server access logs to the logs bucket under its own prefix.
 */
export function hardenedBucket(
  scope: Construct, id: string,
  p: { accessLogs: IBucket; logPrefix: string; removalPolicy: RemovalPolicy } & Pick<BucketProps, 'lifecycleRules' | 'versioned'>,
): Bucket {
  return new Bucket(scope, id, {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: p.accessLogs,
    serverAccessLogsPrefix: p.logPrefix,
    lifecycleRules: p.lifecycleRules,
    versioned: p.versioned,
    removalPolicy: p.removalPolicy,
  });
}
