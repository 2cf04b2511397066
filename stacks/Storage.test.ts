import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { idempotencyTableSpec, tableSpecs } from '@forkcast/core';
import { importFromS3Handler, Storage } from './Storage';
import { synthApp, type SynthesizedApp } from './testing/synth';

interface Resource {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: any;
}

const stages = { personal: 'alice', staging: 'staging', production: 'production' } as const;
const apps = {} as Record<keyof typeof stages, SynthesizedApp>;
const templates = {} as Record<keyof typeof stages, Template>;

beforeAll(async () => {
  for (const [key, stage] of Object.entries(stages) as [keyof typeof stages, string][]) {
    apps[key] = await synthApp(stage);
    templates[key] = apps[key].template(Storage);
  }
});

function resources(template: Template, type?: string): [string, Resource][] {
  const all = Object.entries(template.toJSON().Resources as Record<string, Resource>);
  return type ? all.filter(([, r]) => r.Type === type) : all;
}

/** The one resource of a type whose logical id starts with the construct id (CDK appends a hash). */
function resource(template: Template, type: string, idPrefix: string): [string, Resource] {
  const found = resources(template, type).filter(([id]) => id.startsWith(idPrefix));
  expect(found.map(([id]) => id), `${type} ${idPrefix}*`).toHaveLength(1);
  return found[0];
}

const eventsTable = (t: Template) => resource(t, 'AWS::DynamoDB::Table', 'EventsTable');
const viewsTable = (t: Template) => resource(t, 'AWS::DynamoDB::Table', 'ViewsTable');
const idempotencyTable = (t: Template) => resource(t, 'AWS::DynamoDB::Table', 'IdempotencyTable');
const importsBucket = (t: Template) => resource(t, 'AWS::S3::Bucket', 'ImportsBucket');
const accessLogsBucket = (t: Template) => resource(t, 'AWS::S3::Bucket', 'ImportsAccessLogs');
const importFunction = (t: Template) => resource(t, 'AWS::Lambda::Function', 'ImportFromS3');
const exportsBucket = (t: Template) => resource(t, 'AWS::S3::Bucket', 'Exports');
const snapshotsBucket = (t: Template) => resource(t, 'AWS::S3::Bucket', 'Snapshots');
const dataStores = (t: Template) => [
  eventsTable(t), viewsTable(t), importsBucket(t), accessLogsBucket(t), exportsBucket(t), snapshotsBucket(t),
];
const getAtt = (id: string, attr = 'Arn') => ({ 'Fn::GetAtt': [id, attr] });

describe('Storage stack', () => {
  it('is named after app and stage, in us-east-1', () => {
    const stack = apps.production.stack(Storage);
    expect(stack.stackName).toBe('production-forkcast-Storage');
    expect(stack.region).toBe('us-east-1');
    expect(apps.personal.stack(Storage).stackName).toBe('alice-forkcast-Storage');
  });

  it('keys the Events log by stream and version, with the byDay index and a NEW_IMAGE stream', () => {
    const [, table] = eventsTable(templates.production);
    const p = table.Properties;
    expect(p.KeySchema).toEqual([
      { AttributeName: 'stream', KeyType: 'HASH' },
      { AttributeName: 'version', KeyType: 'RANGE' },
    ]);
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining([
        { AttributeName: 'stream', AttributeType: 'S' },
        { AttributeName: 'version', AttributeType: 'N' },
        { AttributeName: 'day', AttributeType: 'S' },
        { AttributeName: 'id', AttributeType: 'S' },
      ]),
    );
    expect(p.AttributeDefinitions).toHaveLength(4);
    expect(p.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byDay',
        KeySchema: [
          { AttributeName: 'day', KeyType: 'HASH' },
          { AttributeName: 'id', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    expect(p.StreamSpecification).toEqual({ StreamViewType: 'NEW_IMAGE' });
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.ProvisionedThroughput).toBeUndefined();
  });

  it('keys Views by pk alone, with the byIndex index and PITR', () => {
    const [, table] = viewsTable(templates.production);
    const p = table.Properties;
    expect(p.KeySchema).toEqual([{ AttributeName: 'pk', KeyType: 'HASH' }]);
    expect(p.AttributeDefinitions).toEqual(
      expect.arrayContaining([
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'ix', AttributeType: 'S' },
        { AttributeName: 'ixSort', AttributeType: 'S' },
      ]),
    );
    expect(p.AttributeDefinitions).toHaveLength(3);
    expect(p.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'byIndex',
        KeySchema: [
          { AttributeName: 'ix', KeyType: 'HASH' },
          { AttributeName: 'ixSort', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
    expect(p.StreamSpecification).toBeUndefined();
  });

  it('keys Idempotency as its table spec does, with DynamoDB TTL on its expiry attribute', () => {
    const [, table] = idempotencyTable(templates.production);
    const p = table.Properties;
    expect(p.KeySchema).toEqual([{ AttributeName: idempotencyTableSpec.partitionKey.name, KeyType: 'HASH' }]);
    expect(p.AttributeDefinitions).toEqual([{ AttributeName: idempotencyTableSpec.partitionKey.name, AttributeType: 'S' }]);
    expect(p.TimeToLiveSpecification).toEqual({ AttributeName: idempotencyTableSpec.timeToLiveAttribute, Enabled: true });
    expect(p.GlobalSecondaryIndexes).toBeUndefined();
    expect(p.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it.each(['staging', 'production'] as const)('retains and protects the data in %s', (stage) => {
    const t = templates[stage];
    const [, events] = eventsTable(t);
    expect(events.Properties.DeletionProtectionEnabled).toBe(true);
    for (const [, r] of dataStores(t)) {
      expect(r).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
    expect(resources(t, 'Custom::S3AutoDeleteObjects')).toEqual([]);
  });

  it('lets a personal stage be removed completely', () => {
    const t = templates.personal;
    const [, events] = eventsTable(t);
    expect(events.Properties.DeletionProtectionEnabled).toBe(false);
    expect(events.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    for (const [, r] of dataStores(t)) {
      expect(r).toMatchObject({ DeletionPolicy: 'Delete' });
    }
    // A bucket that still holds objects cannot be deleted; SST empties it first.
    expect(resources(t, 'Custom::S3AutoDeleteObjects')).toHaveLength(4);
  });

  it('generates one link-signing secret per stage (no value in the template), kept on the stages that keep data', () => {
    for (const [stage, policy] of [['production', 'Retain'], ['staging', 'Retain'], ['personal', 'Delete']] as const) {
      const secrets = resources(templates[stage], 'AWS::SecretsManager::Secret');
      expect(secrets.map(([id]) => id), stage).toHaveLength(1);
      const [[, secret]] = secrets;
      expect(secret.DeletionPolicy, stage).toBe(policy);
      expect(secret.Properties.SecretString, stage).toBeUndefined();
      expect(secret.Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false });
      expect(secret.Properties.GenerateSecretString.SecretStringTemplate, 'a plain string, not JSON').toBeUndefined();
      // Rotation would invalidate links in flight: suppressed with that reason, not silently.
      const suppressed = (secret.Metadata?.cdk_nag?.rules_to_suppress ?? []).map((r: { id: string }) => r.id);
      expect(suppressed).toContain('AwsSolutions-SMG4');
    }
  });

  it('hardens the imports bucket and expires raw uploads', () => {
    const t = templates.production;
    const [bucketId, bucket] = importsBucket(t);
    const [logsId] = accessLogsBucket(t);
    const p = bucket.Properties;
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(p.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(p.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(p.CorsConfiguration).toBeUndefined();
    expect(p.LoggingConfiguration).toEqual({
      DestinationBucketName: { Ref: logsId },
      LogFilePrefix: 'imports-bucket/',
    });
    expect(p.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ Prefix: 'imports/', ExpirationInDays: 30, Status: 'Enabled' }),
    );

    const [, policy] = resource(t, 'AWS::S3::BucketPolicy', 'ImportsBucketPolicy');
    expect(policy.Properties.Bucket).toEqual({ Ref: bucketId });
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
  });

  it('creates one table per spec of packages/core, keyed exactly as the spec says', () => {
    const t = templates.production;
    const tables = resources(t, 'AWS::DynamoDB::Table');
    expect(tables).toHaveLength(tableSpecs.length);
    for (const spec of tableSpecs) {
      const [, table] = resource(t, 'AWS::DynamoDB::Table', spec.tableName);
      expect(table.Properties.KeySchema).toEqual([
        { AttributeName: spec.partitionKey.name, KeyType: 'HASH' },
        ...(spec.sortKey ? [{ AttributeName: spec.sortKey.name, KeyType: 'RANGE' }] : []),
      ]);
      expect((table.Properties.GlobalSecondaryIndexes ?? []).map((i: any) => [i.IndexName, i.KeySchema.map((k: any) => k.AttributeName)])).toEqual(
        spec.globalSecondaryIndexes.map((i) => [i.indexName, [i.partitionKey.name, i.sortKey.name]]),
      );
      expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    }
  });

  it.each([
    ['exports', exportsBucket, 'exports-bucket/'],
    ['snapshots', snapshotsBucket, 'snapshots-bucket/'],
  ] as const)('hardens the %s bucket: private, SSE, TLS only, access logs, lifecycle', (_name, bucketOf, logPrefix) => {
    const t = templates.production;
    const [bucketId, bucket] = bucketOf(t);
    const p = bucket.Properties;
    expect(p.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
    });
    expect(p.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(p.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: accessLogsBucket(t)[0] }, LogFilePrefix: logPrefix });
    expect(p.LifecycleConfiguration.Rules.length).toBeGreaterThanOrEqual(2);
    expect(p.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } }));
    const policy = resources(t, 'AWS::S3::BucketPolicy').find(([, r]) => r.Properties.Bucket.Ref === bucketId);
    expect(policy?.[1].Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('expires exports after a week and old snapshot versions after a month', () => {
    const t = templates.production;
    expect(exportsBucket(t)[1].Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ ExpirationInDays: 7 }));
    const snapshots = snapshotsBucket(t)[1].Properties;
    expect(snapshots.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(snapshots.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }));
  });

  it('hardens the access-log bucket too', () => {
    const t = templates.production;
    const [logsId, logs] = accessLogsBucket(t);
    expect(logs.Properties.PublicAccessBlockConfiguration).toMatchObject({
      BlockPublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(logs.Properties.BucketEncryption).toBeDefined();
    const [, policy] = resource(t, 'AWS::S3::BucketPolicy', 'ImportsAccessLogsPolicy');
    expect(policy.Properties.Bucket).toEqual({ Ref: logsId });
    const statements = policy.Properties.PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:PutObject',
        Principal: { Service: 'logging.s3.amazonaws.com' },
      }),
    );
  });

  it('invokes the importer for objects created under imports/ only', () => {
    const t = templates.production;
    const [bucketId] = importsBucket(t);
    const [fnId] = importFunction(t);
    const [, notifications] = resource(t, 'Custom::S3BucketNotifications', 'ImportsBucketNotifications');
    expect(notifications.Properties.BucketName).toEqual({ Ref: bucketId });
    expect(notifications.Properties.NotificationConfiguration).toEqual({
      LambdaFunctionConfigurations: [
        {
          Events: ['s3:ObjectCreated:*'],
          Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'imports/' }] } },
          LambdaFunctionArn: getAtt(fnId),
        },
      ],
    });
    const permissions = resources(t, 'AWS::Lambda::Permission').map(([, r]) => r.Properties);
    expect(permissions).toContainEqual(
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        FunctionName: getAtt(fnId),
        Principal: 's3.amazonaws.com',
        SourceArn: getAtt(bucketId),
      }),
    );
  });

  it('runs the importer on nodejs22.x arm64, outside any VPC, with its table and bucket in the environment', () => {
    const t = templates.production;
    const [, fn] = importFunction(t);
    const p = fn.Properties;
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.Runtime).toBe('nodejs22.x');
    expect(p.VpcConfig).toBeUndefined();
    expect(p.TracingConfig).toBeUndefined();
    expect(p.MemorySize).toBe(1024);
    expect(p.Timeout).toBe(600);
    expect(p.Environment.Variables).toMatchObject({
      EVENTS_TABLE: { Ref: eventsTable(t)[0] },
      IMPORTS_BUCKET: { Ref: importsBucket(t)[0] },
      POWERTOOLS_SERVICE_NAME: 'forkcast-imports',
    });
    // Its status is recorded on the import's stream now: it has no business with the read models.
    expect(p.Environment.Variables.VIEWS_TABLE).toBeUndefined();
    const [logGroupId] = resource(t, 'AWS::Logs::LogGroup', 'ImportFromS3Logs');
    expect(p.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });

    // The template of an inactive stack always shows nodejs22.x (SST's placeholder code), so also
    // check what `sst deploy` will bundle and deploy: the merged props of the construct.
    const construct = apps.production.stack(Storage).getAllFunctions().find((f) => f.id === 'ImportFromS3');
    expect(construct?.getConstructMetadata().data).toMatchObject({
      handler: importFromS3Handler,
      runtime: 'nodejs22.x',
    });
  });

  it('grants the importer exactly: own logs, own DLQ, Get/PutObject under imports/, Query+PutItem on Events, nothing on Views', () => {
    const t = templates.production;
    const [, fn] = importFunction(t);
    const roleId = fn.Properties.Role['Fn::GetAtt'][0];
    const [, role] = resource(t, 'AWS::IAM::Role', roleId);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.Policies).toBeUndefined();

    const policies = resources(t, 'AWS::IAM::Policy').filter(([, r]) =>
      r.Properties.Roles.some((ref: { Ref: string }) => ref.Ref === roleId),
    );
    expect(policies).toHaveLength(1);
    const statements = policies[0][1].Properties.PolicyDocument.Statement;
    expect(statements).toHaveLength(4);
    expect(statements).toEqual(expect.arrayContaining([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: getAtt(resource(t, 'AWS::Logs::LogGroup', 'ImportFromS3Logs')[0]),
      },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: { 'Fn::Join': ['', [getAtt(importsBucket(t)[0]), '/imports/*']] },
      },
      {
        Effect: 'Allow',
        Action: ['dynamodb:Query', 'dynamodb:PutItem'],
        Resource: getAtt(eventsTable(t)[0]),
      },
      {
        Effect: 'Allow',
        Action: 'sqs:SendMessage',
        Resource: getAtt(resource(t, 'AWS::SQS::Queue', 'ImportFromS3DeadLetters')[0]),
      },
    ]));
    // No other role in the stack can reach the log (SST's and CDK's helper roles are unrelated).
    const others = resources(t, 'AWS::IAM::Policy').filter(([id]) => id !== policies[0][0]);
    expect(JSON.stringify(others)).not.toContain(eventsTable(t)[0]);
    expect(JSON.stringify(policies)).not.toContain(viewsTable(t)[0]);
  });

  it('sends imports that keep failing to an encrypted, TLS-only dead-letter queue', () => {
    const t = templates.production;
    const [queueId, queue] = resource(t, 'AWS::SQS::Queue', 'ImportFromS3DeadLetters');
    expect(importFunction(t)[1].Properties.DeadLetterConfig).toEqual({ TargetArn: getAtt(queueId) });
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    const [, policy] = resource(t, 'AWS::SQS::QueuePolicy', 'ImportFromS3DeadLetters');
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it.each(Object.keys(stages) as (keyof typeof stages)[])('stays far below the 500-resource limit (%s)', (key) => {
    const count = resources(templates[key]).length;
    expect(count).toBeLessThan(50);
  });

  it.each(Object.keys(stages) as (keyof typeof stages)[])(
    'passes cdk-nag AwsSolutions with no unsuppressed error (%s)',
    (key) => {
      expect(apps[key].nagErrors(Storage)).toEqual([]);
    },
  );

  it('gives every cdk-nag suppression a written reason', () => {
    const suppressions = resources(templates.personal)
      .flatMap(([, r]) => r.Metadata?.cdk_nag?.rules_to_suppress ?? [])
      .concat(templates.personal.toJSON().Metadata?.cdk_nag?.rules_to_suppress ?? []);
    expect(suppressions.length).toBeGreaterThan(0);
    for (const s of suppressions) expect(s.reason.trim().split(/\s+/).length, s.id).toBeGreaterThanOrEqual(6);
  });
});
