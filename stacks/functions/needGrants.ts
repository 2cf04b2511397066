import { Aws } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { eventsTableSpec, viewsTableSpec } from '@forkcast/core';
import type { HandlerNeed, HandlerNeeds } from '@forkcast/functions';
import { importsPrefix } from '../storage/importsPrefix';
import { searchSnapshotKey } from '@forkcast/core/searchIndex';

/** The deployed resources a need can point at; a stack passes the ones it has. */
export interface NeedResources {
  events?: { tableName: string; tableArn: string };
  views?: { tableName: string; tableArn: string };
  idempotency?: { tableName: string; tableArn: string };
  importsBucket?: { bucketName: string; bucketArn: string };
  exportsBucket?: { bucketName: string; bucketArn: string };
  snapshotsBucket?: { bucketName: string; bucketArn: string };
  /** State machine ARN by workflow name (for `callback:<workflow>` and `run:<workflow>`). */
  stateMachines?: Record<string, string>;
  /** State machine name by workflow name (for the executions of `run:<workflow>`). */
  stateMachineNames?: Record<string, string>;
  /** The stage's public site URL (for `site:url`, stageSettings.ts). */
  publicSiteUrl?: string;
  /**
   * How the stage sends mail (for `mail:send`, stageSettings.ts): the From header, the staff
   * address, and the SES identity ARNs a send is authorized on (the sender's; in the sandbox also
   * the verified recipients').
   */
  mail?: { from: string; staffEmail: string; identityArns: readonly string[] };
  /** The stage's link-signing secret (for `links:sign`, Storage). */
  linkSecret?: { secretArn: string };
}

export interface NeedGrants {
  statements: PolicyStatement[];
  environment: Record<string, string>;
}

const byDayIndex = eventsTableSpec.globalSecondaryIndexes.map((i) => i.indexName);
const viewIndexes = viewsTableSpec.globalSecondaryIndexes.map((i) => i.indexName);

/**
 * Turns a handler's declared needs into the IAM statements and environment variables they take,
 * one statement per resource with the union of its actions. A need whose resource the stack did
 * not pass is a wiring mistake and fails synthesis instead of deploying a function that would be
 * refused at run time.
 */
export function needGrants(needs: HandlerNeeds, resources: NeedResources, who: string): NeedGrants {
  const actionsByResource = new Map<string, Set<string>>();
  const environment: Record<string, string> = {};
  const started: Record<string, string> = {};
  const allow = (resource: string, ...actions: string[]) => {
    const set = actionsByResource.get(resource) ?? new Set<string>();
    for (const a of actions) set.add(a);
    actionsByResource.set(resource, set);
  };
  const required = <T>(value: T | undefined, need: HandlerNeed): T => {
    if (value === undefined) throw new Error(`${who} needs ${need}, but this stack was given no such resource`);
    return value;
  };

  for (const need of needs) {
    if (need.startsWith('events:')) {
      const events = required(resources.events, need);
      environment.EVENTS_TABLE = events.tableName;
      if (need === 'events:read') allow(events.tableArn, 'dynamodb:Query');
      else if (need === 'events:append') allow(events.tableArn, 'dynamodb:PutItem');
      else for (const index of byDayIndex) allow(`${events.tableArn}/index/${index}`, 'dynamodb:Query');
    } else if (need.startsWith('views:')) {
      const views = required(resources.views, need);
      environment.VIEWS_TABLE = views.tableName;
      if (need === 'views:read') {
        allow(views.tableArn, 'dynamodb:GetItem');
        for (const index of viewIndexes) allow(`${views.tableArn}/index/${index}`, 'dynamodb:Query');
      } else if (need === 'views:write') allow(views.tableArn, 'dynamodb:GetItem', 'dynamodb:PutItem');
      // A rebuild allocates and flips generations (UpdateItem) and bulk-writes a fresh one (BatchWriteItem).
      else allow(views.tableArn, 'dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem');
    } else if (need === 'idempotency') {
      const table = required(resources.idempotency, need);
      environment.IDEMPOTENCY_TABLE = table.tableName;
      // begin (conditional Put), complete (Update), release (Delete), and the replay's read.
      allow(table.tableArn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
    } else if (need.startsWith('snapshots:')) {
      const bucket = required(resources.snapshotsBucket, need);
      environment.DISCOVERY_BUCKET = bucket.bucketName;
      // The one snapshot object the search index lives in; nothing else of the bucket.
      allow(`${bucket.bucketArn}/${searchSnapshotKey}`, need === 'snapshots:read' ? 's3:GetObject' : 's3:PutObject');
    } else if (need.startsWith('imports:')) {
      const bucket = required(resources.importsBucket, need);
      environment.IMPORTS_BUCKET = bucket.bucketName;
      allow(`${bucket.bucketArn}/${importsPrefix}*`, need === 'imports:read' ? 's3:GetObject' : 's3:PutObject');
    } else if (need === 'site:url') {
      // Configuration, not a resource: the handler builds links with it; nothing to grant.
      environment.PUBLIC_SITE_URL = required(resources.publicSiteUrl, need);
    } else if (need === 'mail:send') {
      const mail = required(resources.mail, need);
      environment.MAIL_FROM = mail.from;
      environment.STAFF_EMAIL = mail.staffEmail;
      // SES v2 SendEmail (simple content) is authorized as ses:SendEmail on the identities involved;
      // the adapter never sends raw MIME, so no SendRawEmail.
      for (const arn of mail.identityArns) allow(arn, 'ses:SendEmail');
    } else if (need === 'links:sign') {
      const secret = required(resources.linkSecret, need);
      // The ARN, never the value: the handler reads the secret at cold start (app/aws/awsLinkSecret.ts).
      environment.LINK_SIGNING_SECRET_ARN = secret.secretArn;
      allow(secret.secretArn, 'secretsmanager:GetSecretValue');
    } else if (need === 'exports:write') {
      const bucket = required(resources.exportsBucket, need);
      environment.EXPORTS_BUCKET = bucket.bucketName;
      // The whole bucket is exports (keys are the caller's prefix); reading back is the analysts' role, not a function's.
      allow(`${bucket.bucketArn}/*`, 's3:PutObject');
    } else if (need.startsWith('callback:')) {
      const workflow = need.slice('callback:'.length);
      const arn = required(resources.stateMachines?.[workflow], need);
      // Task-token calls are authorized on the state machine that issued the token (CDK's grantTaskResponse).
      allow(arn, 'states:SendTaskSuccess', 'states:SendTaskFailure', 'states:SendTaskHeartbeat');
    } else if (need.startsWith('run:')) {
      const workflow = need.slice('run:'.length);
      const arn = required(resources.stateMachines?.[workflow], need);
      allow(arn, 'states:StartExecution');
      // StopExecution is authorized on the execution: every execution of that state machine only.
      const name = required(resources.stateMachineNames?.[workflow], need);
      allow(`arn:${Aws.PARTITION}:states:${Aws.REGION}:${Aws.ACCOUNT_ID}:execution:${name}:*`, 'states:StopExecution');
      // The Workflows port finds the machine by workflow name (STATE_MACHINE_ARNS).
      started[workflow] = arn;
    } else {
      throw new Error(`${who}: unknown need ${String(need)}`);
    }
  }
  // The Workflows port finds a workflow's machine by name (app/aws/awsEnvironment.ts).
  if (Object.keys(started).length > 0) environment.STATE_MACHINE_ARNS = JSON.stringify(started);
  const statements = [...actionsByResource].map(
    ([resource, actions]) => new PolicyStatement({ actions: [...actions].sort(), resources: [resource] }),
  );
  return { statements, environment };
}
