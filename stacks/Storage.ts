import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket as CdkBucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Bucket, Function, Table, type StackContext } from 'sst/constructs';
import { functionLogging } from './functions/functionLogging';
import { retainsData } from './retainsData';

/** Key prefix under which uploaded files trigger an import; the lifecycle rule expires the same prefix. */
export const importsPrefix = 'imports/';
export const importFromS3Handler = 'packages/functions/src/imports/importFromS3.handler';

/** The log (Events), the read models (Views), the idempotency keys and the imports bucket with its importer. */
export function Storage({ stack, app }: StackContext) {
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  // SST sets the deprecated `pointInTimeRecovery`; CDK refuses it next to the newer specification.
  const pitr = {
    pointInTimeRecovery: undefined,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  };

  const events = new Table(stack, 'Events', {
    fields: { stream: 'string', version: 'number', day: 'string', id: 'string' },
    primaryIndex: { partitionKey: 'stream', sortKey: 'version' },
    globalIndexes: { byDay: { partitionKey: 'day', sortKey: 'id', projection: 'all' } },
    stream: 'new_image',
    cdk: {
      table: {
        ...pitr,
        // Personal stages must stay removable with `sst remove`; protection would block that.
        deletionProtection: retained,
        removalPolicy,
      },
    },
  });

  const views = new Table(stack, 'Views', {
    fields: { pk: 'string', ix: 'string', ixSort: 'string' },
    primaryIndex: { partitionKey: 'pk' },
    globalIndexes: { byIndex: { partitionKey: 'ix', sortKey: 'ixSort', projection: 'all' } },
    cdk: { table: { ...pitr, removalPolicy } },
  });

  // Idempotency-Key records of HTTP commands (tableSpecs.ts idempotencyTableSpec): worth a day, so
  // TTL removes them; the store already ignores an expired record that TTL has not removed yet.
  const idempotency = new Table(stack, 'Idempotency', {
    fields: { key: 'string' },
    primaryIndex: { partitionKey: 'key' },
    timeToLiveAttribute: 'expiresAt',
    cdk: { table: { ...pitr, removalPolicy } },
  });

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
  importFromS3.addEnvironment('VIEWS_TABLE', views.tableName);
  // Read the uploaded file and write its report beside it; read the target stream and append to it
  // (conditional PutItem); keep the import's status item in Views (conditional read-modify-write).
  importFromS3.attachPermissions([
    new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [`${imports.bucketArn}/${importsPrefix}*`] }),
    new PolicyStatement({ actions: ['dynamodb:Query', 'dynamodb:PutItem'], resources: [events.tableArn] }),
    new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:PutItem'], resources: [views.tableArn] }),
  ]);

  suppressStorageFindings({ importFromS3, importRole: importLogging.role, accessLogs, importDeadLetters });

  stack.addOutputs({
    EventsTable: events.tableName,
    ViewsTable: views.tableName,
    IdempotencyTable: idempotency.tableName,
    ImportsBucket: imports.bucketName,
  });

  return { events, views, idempotency, imports, importFromS3, importDeadLetters };
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
