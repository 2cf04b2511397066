import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket as CdkBucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { eventsTableSpec, idempotencyTableSpec, tableSpecs, viewsTableSpec } from '@forkcast/core';
import { Bucket, Function, type StackContext, type Table } from 'sst/constructs';
import { functionLogging } from './functions/functionLogging';
import { retainsData } from './retainsData';
import { hardenedBucket } from './storage/hardenedBucket';
import { importsPrefix } from './storage/importsPrefix';
import { linkSigningSecret } from './storage/linkSigningSecret';
import { tableFromSpec } from './storage/tableFromSpec';

export { importsPrefix } from './storage/importsPrefix';
export const importFromS3Handler = 'packages/functions/src/imports/importFromS3.handler';

/**
 * Every table of packages/core's tableSpecs (the log, the read models, ...), the imports bucket with
 * its importer, the exports bucket, the snapshots bucket (search index, recommendation model) and
 * the link-signing secret.
 */
export function Storage({ stack, app }: StackContext) {
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  // SST sets the deprecated `pointInTimeRecovery`; CDK refuses it next to the newer specification.
  const pitr = {
    pointInTimeRecovery: undefined,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  };

  // One table per spec in packages/core (tableSpecs): a spec added there is deployed with no change here.
  const tables = Object.fromEntries(
    tableSpecs.map((spec) => [
      spec.tableName,
      tableFromSpec(stack, spec, {
        // The log's stream feeds the publisher (Bus stack); read models publish nothing.
        ...(spec === eventsTableSpec ? { stream: 'new_image' as const } : {}),
        cdk: {
          table: {
            ...pitr,
            // Personal stages must stay removable with `sst remove`; protection would block that.
            deletionProtection: retained && spec === eventsTableSpec,
            removalPolicy,
          },
        },
      }),
    ]),
  ) as Record<string, Table>;
  const events = tables[eventsTableSpec.tableName]!;
  const views = tables[viewsTableSpec.tableName]!;

  const idempotency = tables[idempotencyTableSpec.tableName]!;

  const accessLogs = new CdkBucket(stack, 'ImportsAccessLogs', {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
    removalPolicy,
  });

  // S3 invokes asynchronously; after Lambda's own retries a failed import lands here to be redriven
  // (re-importing is idempotent).
  const importDeadLetters = new Queue(stack, 'ImportFromS3DeadLetters', {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy,
  });
  const importLogging = functionLogging(stack, 'ImportFromS3');
  const importFromS3 = new Function(stack, 'ImportFromS3', {
    handler: importFromS3Handler,
    ...importLogging,
    deadLetterQueue: importDeadLetters,
    // A bought list of ~10k rows is read, validated and appended row by row with a stream read each.
    memorySize: '1024 MB',
    timeout: '10 minutes',
    environment: { EVENTS_TABLE: events.tableName, POWERTOOLS_SERVICE_NAME: 'forkcast-imports' },
  });

  const imports = new Bucket(stack, 'Imports', {
    blockPublicACLs: true,
    // Uploads come from presigned PUTs by the CLI, never from a browser page.
    cors: false,
    cdk: {
      bucket: {
        encryption: BucketEncryption.S3_MANAGED,
        enforceSSL: true,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: 'imports-bucket/',
        lifecycleRules: [
          // The log holds what was imported; the raw file is only needed to re-run a failed import.
          { id: 'expire-raw-uploads', prefix: importsPrefix, expiration: Duration.days(30) },
          { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        ],
        removalPolicy,
      },
    },
    notifications: {
      importFromS3: {
        function: importFromS3,
        events: ['object_created'],
        filters: [{ prefix: importsPrefix }],
      },
    },
  });

  importFromS3.addEnvironment('IMPORTS_BUCKET', imports.bucketName);
  // Read the uploaded file and write its report beside it; read the restaurant and import streams
  // and append to them (conditional PutItem). Its status lives on the import's stream, not in Views.
  importFromS3.attachPermissions([
    new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [`${imports.bucketArn}/${importsPrefix}*`] }),
    new PolicyStatement({ actions: ['dynamodb:Query', 'dynamodb:PutItem'], resources: [events.tableArn] }),
  ]);

  // `forkcast export` writes here; an export is a copy of the log, so it does not outlive a week.
  const exports = hardenedBucket(stack, 'Exports', {
    accessLogs, logPrefix: 'exports-bucket/', removalPolicy,
    lifecycleRules: [
      { id: 'expire-exports', expiration: Duration.days(7) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
  });
  // Search-index and recommendation-model snapshots: rebuildable from the log, so old versions go
  // after a month (versioned, so a bad snapshot can be rolled back until then).
  const snapshots = hardenedBucket(stack, 'Snapshots', {
    accessLogs, logPrefix: 'snapshots-bucket/', removalPolicy, versioned: true,
    lifecycleRules: [
      { id: 'expire-old-snapshots', noncurrentVersionExpiration: Duration.days(30) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
    ],
  });

  const linkSecret = linkSigningSecret(stack, removalPolicy);

  suppressStorageFindings({ importFromS3, importRole: importLogging.role, accessLogs, importDeadLetters });

  stack.addOutputs({
    EventsTable: events.tableName,
    ViewsTable: views.tableName,
    IdempotencyTable: idempotency.tableName,
    ImportsBucket: imports.bucketName,
    ExportsBucket: exports.bucketName,
    SnapshotsBucket: snapshots.bucketName,
    LinkSigningSecretArn: linkSecret.secretArn,
  });

  return { tables, events, views, idempotency, imports, exports, snapshots, linkSecret, importFromS3, importDeadLetters };
}

interface StorageFindings {
  importFromS3: Function;
  importRole: Role;
  accessLogs: CdkBucket;
  importDeadLetters: Queue;
}

function suppressStorageFindings({ importFromS3, importRole, accessLogs, importDeadLetters }: StorageFindings) {
  NagSuppressions.addResourceSuppressions(
    importRole,
    [
      {
        id: 'AwsSolutions-IAM5',
        reason:
          'The importer reads any object under imports/ (each upload has a fresh key); ' +
          'no other prefix, no list, no write.',
        appliesTo: [{ regex: '/^Resource::<ImportsBucket[A-Za-z0-9]+\\.Arn>\\/imports\\/\\*$/' }],
      },
    ],
    true,
  );
  NagSuppressions.addResourceSuppressions(importFromS3, [
    {
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is the runtime the project pins (DESIGN.md, Infrastructure); ' +
        'moving to a newer one is a deliberate upgrade.',
    },
  ]);
  NagSuppressions.addResourceSuppressions(accessLogs, [
    {
      id: 'AwsSolutions-S1',
      reason: 'This is the server access log target of the imports bucket; logging it would log itself.',
    },
  ]);
  NagSuppressions.addResourceSuppressions(importDeadLetters, [
    { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue of the ImportFromS3 function.' },
  ]);
}
