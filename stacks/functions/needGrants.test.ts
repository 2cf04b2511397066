import { describe, expect, it } from 'vitest';
import { needGrants } from './needGrants';

const resources = {
  events: { tableName: 'T-Events', tableArn: 'arn:events' },
  views: { tableName: 'T-Views', tableArn: 'arn:views' },
  importsBucket: { bucketName: 'b-imports', bucketArn: 'arn:imports' },
  exportsBucket: { bucketName: 'b-exports', bucketArn: 'arn:exports' },
  stateMachines: { 'import-follow-up': 'arn:sm' },
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

  it('grants nothing for no needs, and refuses a need the stack has no resource for', () => {
    expect(needGrants([], resources, 'x')).toEqual({ statements: [], environment: {} });
    expect(() => needGrants(['callback:unknown-workflow'], resources, 'a/b')).toThrow(/a\/b needs callback:unknown-workflow/);
    expect(() => needGrants(['views:read'], {}, 'a/b')).toThrow(/no such resource/);
  });
});
