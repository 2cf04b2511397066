import { describe, expect, it } from 'vitest';
import { needGrants } from './needGrants';

const resources = {
  events: { tableName: 'T-Events', tableArn: 'arn:events' },
  views: { tableName: 'T-Views', tableArn: 'arn:views' },
  importsBucket: { bucketName: 'b-imports', bucketArn: 'arn:imports' },
  stateMachines: { 'import-follow-up': 'arn:sm', 'review-notification': 'arn:sm-review' },
  exportsBucket: { bucketName: 'b-exports', bucketArn: 'arn:exports' },
};
const json = (needs: Parameters<typeof needGrants>[0], r: Parameters<typeof needGrants>[1] = resources) =>
  needGrants(needs, r, 'test/handler').statements.map((s) => s.toStatementJson());

describe('needGrants', () => {
  it('grants a command handler Query and PutItem on the log, in one statement, and names the table', () => {
    expect(json(['events:read', 'events:append'])).toEqual([{ Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:Query'], Resource: 'arn:events' }]);
    expect(needGrants(['events:read'], resources, 'x').environment).toEqual({ EVENTS_TABLE: 'T-Events' });
  });

  it('grants view reads on the table and its index only, view writes without Query', () => {
    expect(json(['views:read'])).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:views' },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: 'arn:views/index/byIndex' },
    ]);
    expect(json(['views:write'])).toEqual([{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: 'arn:views' }]);
  });

  it('grants a rebuild batch writes and generation updates on the table, without Query or Delete', () => {
    expect(json(['views:rebuild'])).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], Resource: 'arn:views' },
    ]);
    expect(needGrants(['views:rebuild'], resources, 'x').environment).toEqual({ VIEWS_TABLE: 'T-Views' });
  });

  it('grants exports PutObject only (analysts read them, functions do not) and names the bucket', () => {
    expect(json(['exports:write'])).toEqual([{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:exports/*' }]);
    expect(needGrants(['exports:write'], resources, 'x').environment).toEqual({ EXPORTS_BUCKET: 'b-exports' });
  });

  it('grants byDay reads on that index, objects under imports/ only, and task callbacks on one state machine', () => {
    expect(json(['events:readByDay'])).toEqual([{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: 'arn:events/index/byDay' }]);
    expect(json(['imports:read', 'imports:write'])).toEqual([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:imports/imports/*' }]);
    expect(json(['callback:import-follow-up'])).toEqual([{
      Effect: 'Allow', Action: ['states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:SendTaskSuccess'], Resource: 'arn:sm',
    }]);
  });

  it('grants run:<workflow> StartExecution on its state machine and StopExecution on its executions only', () => {
    const withNames = { ...resources, stateMachineNames: { 'import-follow-up': 'prod-forkcast-import-follow-up' } };
    const [start, stop] = json(['run:import-follow-up'], withNames) as { Action: string; Resource: string }[];
    expect(start).toEqual({ Effect: 'Allow', Action: 'states:StartExecution', Resource: 'arn:sm' });
    expect(stop!.Action).toBe('states:StopExecution');
    expect(stop!.Resource).toMatch(/:states:.*:execution:prod-forkcast-import-follow-up:\*$/);
    expect(needGrants(['run:import-follow-up'], withNames, 'x').environment).toMatchObject({ STATE_MACHINE_ARNS: '{"import-follow-up":"arn:sm"}' });
    expect(() => needGrants(['run:import-follow-up'], resources, 'a/b')).toThrow(/a\/b needs run:import-follow-up/);
  });

  it('passes the public site URL for site:url, granting nothing', () => {
    expect(needGrants(['site:url'], { publicSiteUrl: 'https://forkcast.app' }, 'x')).toEqual({ statements: [], environment: { PUBLIC_SITE_URL: 'https://forkcast.app' } });
    expect(() => needGrants(['site:url'], resources, 'reviews/shareReview')).toThrow(/reviews\/shareReview needs site:url/);
  });

  it('grants mail:send ses:SendEmail on each identity (the sender, then sandbox recipients) only, and passes MAIL_FROM and STAFF_EMAIL', () => {
    const mail = { from: 'Forkcast <hello@forkcast.app>', staffEmail: 'staff@forkcast.app', identityArns: ['arn:ses:identity/forkcast.app', 'arn:ses:identity/me@example.com'] };
    const grants = needGrants(['mail:send'], { mail }, 'x');
    expect(grants.statements.map((s) => s.toStatementJson())).toEqual([
      { Effect: 'Allow', Action: 'ses:SendEmail', Resource: 'arn:ses:identity/forkcast.app' },
      { Effect: 'Allow', Action: 'ses:SendEmail', Resource: 'arn:ses:identity/me@example.com' },
    ]);
    expect(grants.environment).toEqual({ MAIL_FROM: 'Forkcast <hello@forkcast.app>', STAFF_EMAIL: 'staff@forkcast.app' });
    expect(() => needGrants(['mail:send'], resources, 'imports/notifyStaff')).toThrow(/imports\/notifyStaff needs mail:send/);
  });

  it('grants links:sign GetSecretValue on the one secret and passes its ARN, never a value', () => {
    const grants = needGrants(['links:sign'], { linkSecret: { secretArn: 'arn:secret:link-AbCdEf' } }, 'x');
    expect(grants.statements.map((s) => s.toStatementJson())).toEqual([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: 'arn:secret:link-AbCdEf' }]);
    expect(grants.environment).toEqual({ LINK_SIGNING_SECRET_ARN: 'arn:secret:link-AbCdEf' });
    expect(() => needGrants(['links:sign'], resources, 'claims/verifyClaim')).toThrow(/claims\/verifyClaim needs links:sign/);
  });

  it('grants nothing for no needs, and refuses a need the stack has no resource for', () => {
    expect(needGrants([], resources, 'x')).toEqual({ statements: [], environment: {} });
    expect(() => needGrants(['callback:unknown-workflow'], resources, 'a/b')).toThrow(/a\/b needs callback:unknown-workflow/);
    expect(() => needGrants(['views:read'], {}, 'a/b')).toThrow(/no such resource/);
  });
});
