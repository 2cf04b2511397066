import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stack as CdkStack, type CfnElement } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { routes, scheduleExpression, schedules, subscriptionRules, subscriptions, workflows } from '@forkcast/functions';
import { beforeAll, describe, expect, it } from 'vitest';
import { Api, userGroups } from './Api';
import { routeThrottleSettings } from './api/throttling';
import { Bus, publisherBatchSize, targetAsyncRetries } from './Bus';
import { functionIdOf } from './functions/handlerFunction';
import { Monitoring, publisherLagAlarmMs } from './Monitoring';
import { Schedules, scheduleRetry } from './Schedules';
import { Storage } from './Storage';
import { synthApp, type StackFunction, type SynthesizedApp } from './testing/synth';
import { logDeliveryActions, Workflows } from './Workflows';
import { substitutionNames } from './workflows/taskResources';

interface Resource { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allStacks: StackFunction[] = [Storage, Workflows, Bus, Api, Schedules, Monitoring];
let production: SynthesizedApp;
let personal: SynthesizedApp;
const t = {} as Record<'storage' | 'workflows' | 'bus' | 'api' | 'schedules' | 'monitoring', Template>;

beforeAll(async () => {
  production = await synthApp('production');
  personal = await synthApp('alice');
  t.storage = production.template(Storage);
  t.workflows = production.template(Workflows);
  t.bus = production.template(Bus);
  t.api = production.template(Api);
  t.schedules = production.template(Schedules);
  t.monitoring = production.template(Monitoring);
});

const resources = (template: Template, type?: string): [string, Resource][] =>
  Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, r]) => !type || r.Type === type);
const getAtt = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

/** Logical id → handler module of every SST Function in a stack (from the construct: the template shows placeholder code). */
function handlerModules(app: SynthesizedApp, fn: StackFunction): Map<string, string> {
  const stack = app.stack(fn);
  return new Map(stack.getAllFunctions().map((f) => [
    CdkStack.of(f).getLogicalId(f.node.defaultChild as CfnElement),
    String(f.getConstructMetadata().data.handler).replace(/^packages\/functions\/src\//, '').replace(/\.handler$/, ''),
  ]));
}
const functionOf = (app: SynthesizedApp, fn: StackFunction, module: string): string => {
  const found = [...handlerModules(app, fn)].filter(([, m]) => m === module).map(([id]) => id);
  expect(found, module).toHaveLength(1);
  return found[0]!;
};
/** The statements of the one policy attached to a function's role. */
function statementsOf(template: Template, functionId: string): any[] {
  const [, fn] = resources(template, 'AWS::Lambda::Function').find(([id]) => id === functionId)!;
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
const asList = (v: unknown) => (Array.isArray(v) ? v : [v]);

describe('Bus stack', () => {
  it('has the forkcast bus with an archive of everything on it', () => {
    const [[busId, bus]] = resources(t.bus, 'AWS::Events::EventBus');
    expect(bus.Properties.Name).toBe('forkcast-production');
    const [[, archive]] = resources(t.bus, 'AWS::Events::Archive');
    expect(archive.Properties.SourceArn).toEqual(getAtt(busId));
    expect(archive.Properties.RetentionDays).toBe(365);
  });

  it('publishes the log stream in order: batch of one PutEvents, one shard at a time, partial failures, bisect, a DLQ', () => {
    const [[, mapping]] = resources(t.bus, 'AWS::Lambda::EventSourceMapping');
    const publisher = functionOf(production, Bus, 'bus/publishLogStream');
    expect(mapping.Properties).toMatchObject({
      FunctionName: { Ref: publisher },
      BatchSize: publisherBatchSize,
      ParallelizationFactor: 1,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      StartingPosition: 'TRIM_HORIZON',
    });
    expect(JSON.stringify(mapping.Properties.EventSourceArn)).toContain('StreamArn');
    const dlq = resources(t.bus, 'AWS::SQS::Queue').find(([id]) => id.startsWith('PublisherDeadLetters'))![0];
    expect(mapping.Properties.DestinationConfig).toEqual({ OnFailure: { Destination: getAtt(dlq) } });
    const busId = resources(t.bus, 'AWS::Events::EventBus')[0]![0];
    expect(statementsOf(t.bus, publisher)).toContainEqual({ Effect: 'Allow', Action: 'events:PutEvents', Resource: getAtt(busId) });
  });

  it('has one rule per subscription, with its pattern, a retry policy and its own DLQ', () => {
    const rules = subscriptionRules({ prefix: 'forkcast-production' });
    expect(rules).toHaveLength(subscriptions.length);
    const cfnRules = resources(t.bus, 'AWS::Events::Rule');
    expect(cfnRules).toHaveLength(rules.length);
    const dlqIds = new Set<string>();
    for (const rule of rules) {
      const found = cfnRules.find(([, r]) => r.Properties.Name === rule.ruleName);
      expect(found, rule.ruleName).toBeDefined();
      const [ruleId, cfn] = found!;
      expect(cfn.Properties.EventPattern).toEqual(JSON.parse(rule.eventPattern));
      const [target] = cfn.Properties.Targets;
      expect(target.RetryPolicy).toEqual({
        MaximumRetryAttempts: rule.retryPolicy.maximumRetryAttempts,
        MaximumEventAgeInSeconds: rule.retryPolicy.maximumEventAgeSeconds,
      });
      const dlqId = target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
      const [, queue] = resources(t.bus, 'AWS::SQS::Queue').find(([id]) => id === dlqId)!;
      expect(queue.Properties.QueueName).toBe(rule.deadLetterQueueName);
      dlqIds.add(dlqId);
      // EventBridge may send to it, but only for this rule.
      const [, policy] = resources(t.bus, 'AWS::SQS::QueuePolicy').find(([, p]) => p.Properties.Queues.some((q: any) => q.Ref === dlqId))!;
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({
        Effect: 'Allow', Action: 'sqs:SendMessage', Principal: { Service: 'events.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId) } },
      }));
    }
    expect(dlqIds.size).toBe(rules.length);
  });

  it("sets each function target's async retries and on-failure destination to its rule's DLQ, and lets only its rule invoke it", () => {
    for (const rule of subscriptionRules({ prefix: 'forkcast-production' })) {
      if (rule.target.kind === 'workflow') continue;
      const [ruleId, cfn] = resources(t.bus, 'AWS::Events::Rule').find(([, r]) => r.Properties.Name === rule.ruleName)!;
      const [target] = cfn.Properties.Targets;
      const fnId = functionOf(production, Bus, rule.target.handler);
      expect(target.Arn).toEqual(getAtt(fnId));
      const configs = resources(t.bus, 'AWS::Lambda::EventInvokeConfig').filter(([, c]) => c.Properties.FunctionName.Ref === fnId);
      expect(configs).toHaveLength(1);
      expect(configs[0]![1].Properties).toMatchObject({
        MaximumRetryAttempts: targetAsyncRetries,
        DestinationConfig: { OnFailure: { Destination: target.DeadLetterConfig.Arn } },
      });
      const permissions = resources(t.bus, 'AWS::Lambda::Permission').filter(([, p]) => JSON.stringify(p.Properties.FunctionName).includes(fnId));
      expect(permissions.map(([, p]) => p.Properties)).toEqual([
        expect.objectContaining({ Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: getAtt(ruleId) }),
      ]);
      // The function may write its failures to that queue.
      expect(JSON.stringify(statementsOf(t.bus, fnId))).toContain(target.DeadLetterConfig.Arn['Fn::GetAtt'][0]);
    }
  });

  it('starts a workflow target with a role allowed StartExecution on exactly that state machine', () => {
    const workflowRules = subscriptionRules({ prefix: 'forkcast-production' }).filter((r) => r.target.kind === 'workflow');
    expect(workflowRules.length).toBeGreaterThan(0);
    for (const rule of workflowRules) {
      const [, cfn] = resources(t.bus, 'AWS::Events::Rule').find(([, r]) => r.Properties.Name === rule.ruleName)!;
      const [target] = cfn.Properties.Targets;
      expect(JSON.stringify(target.Arn)).toContain(`production-forkcast-Workflows:ExportsOutputRef${functionIdOf(rule.target.name)}`);
      const roleId = target.RoleArn['Fn::GetAtt'][0];
      const statements = resources(t.bus, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      expect(statements).toEqual([{ Effect: 'Allow', Action: 'states:StartExecution', Resource: target.Arn }]);
    }
  });

  it('grants each subscription function exactly what its row needs', () => {
    const profile = statementsOf(t.bus, functionOf(production, Bus, 'restaurants/projectRestaurantProfile'));
    const data = profile.filter((s) => asList(s.Action).some((a: string) => a.startsWith('dynamodb:')));
    expect(data.map((s) => asList(s.Action).sort())).toEqual(expect.arrayContaining([['dynamodb:Query'], ['dynamodb:GetItem', 'dynamodb:PutItem']]));
    expect(profile.some((s) => asList(s.Action).includes('dynamodb:PutItem') && JSON.stringify(s.Resource).includes('EventsTable'))).toBe(false);
    const release = statementsOf(t.bus, functionOf(production, Bus, 'imports/releaseImportFollowUp'));
    expect(release).toContainEqual(expect.objectContaining({
      Action: ['states:SendTaskFailure', 'states:SendTaskHeartbeat', 'states:SendTaskSuccess'],
    }));
    expect(JSON.stringify(release)).not.toContain('ViewsTable');
  });
});

describe('Workflows stack', () => {
  it('deploys every ASL file of the workflow table as its state machine, type from the row, every substitution bound', () => {
    const machines = resources(t.workflows, 'AWS::StepFunctions::StateMachine');
    expect(machines).toHaveLength(workflows.length);
    for (const wf of workflows) {
      const [, machine] = machines.find(([id]) => id.startsWith(functionIdOf(wf.name)))!;
      const text = readFileSync(path.join(root, 'packages/functions/src', wf.file), 'utf8');
      expect(machine.Properties.DefinitionString).toBe(text);
      expect(machine.Properties.StateMachineType).toBe(wf.type);
      expect(machine.Properties.StateMachineName).toBe(`production-forkcast-${wf.name}`);
      const subs = machine.Properties.DefinitionSubstitutions;
      expect(Object.keys(subs).sort()).toEqual(substitutionNames(text));
      for (const [name, module] of Object.entries(wf.substitutions)) {
        expect(subs[name], name).toEqual(getAtt(functionOf(production, Workflows, module)));
      }
    }
  });

  it('lets each state machine invoke exactly the functions its tasks call, and log errors without execution data', () => {
    for (const wf of workflows) {
      const [, machine] = resources(t.workflows, 'AWS::StepFunctions::StateMachine').find(([id]) => id.startsWith(functionIdOf(wf.name)))!;
      const roleId = machine.Properties.RoleArn['Fn::GetAtt'][0];
      const statements = resources(t.workflows, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      const invoke = statements.filter((s) => asList(s.Action).includes('lambda:InvokeFunction'));
      expect(invoke).toHaveLength(1);
      const expected = Object.values(wf.substitutions).map((m) => getAtt(functionOf(production, Workflows, m)));
      expect(asList(invoke[0].Resource)).toEqual(expect.arrayContaining(expected));
      expect(asList(invoke[0].Resource)).toHaveLength(expected.length);
      for (const s of statements.filter((x) => x !== invoke[0])) {
        expect(s.Resource).toBe('*');
        expect(asList(s.Action).every((a: string) => logDeliveryActions.includes(a))).toBe(true);
      }
      expect(machine.Properties.LoggingConfiguration).toMatchObject({
        Level: wf.type === 'EXPRESS' ? 'ALL' : 'ERROR',
        IncludeExecutionData: false,
      });
      expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: false });
    }
  });
});

describe('Api stack', () => {
  it('has every route of the table, with the authorizer exactly where the local gateway requires a token', () => {
    const cfnRoutes = resources(t.api, 'AWS::ApiGatewayV2::Route');
    expect(cfnRoutes).toHaveLength(routes.length);
    const [[authorizerId, authorizer]] = resources(t.api, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'] });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.us-east-1.amazonaws.com/');
    for (const route of routes) {
      const found = cfnRoutes.find(([, r]) => r.Properties.RouteKey === `${route.method} ${route.path}`);
      expect(found, `${route.method} ${route.path}`).toBeDefined();
      const p = found![1].Properties;
      if (route.auth === 'public') {
        expect(p.AuthorizationType).toBe('NONE');
        expect(p.AuthorizerId).toBeUndefined();
      } else {
        expect(p.AuthorizationType).toBe('JWT');
        expect(p.AuthorizerId).toEqual({ Ref: authorizerId });
      }
      // Each route reaches its own handler's function.
      const integrationId = p.Target['Fn::Join'][1][1].Ref;
      const [, integration] = resources(t.api, 'AWS::ApiGatewayV2::Integration').find(([id]) => id === integrationId)!;
      expect(integration.Properties.IntegrationUri).toEqual(getAtt(functionOf(production, Api, route.handler)));
    }
  });

  it('has the needs of every route declared on its row (an empty list when it reaches nothing)', () => {
    // Without it the function would deploy with logs only and be refused at its first read.
    const undeclared = routes.filter((r) => r.needs === undefined).map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('gives every route function its own role, granted exactly its needs', () => {
    const roles = new Set(resources(t.api, 'AWS::Lambda::Function').map(([, f]) => JSON.stringify(f.Properties.Role)));
    expect(roles.size).toBe(resources(t.api, 'AWS::Lambda::Function').length);
    const getRestaurant = statementsOf(t.api, functionOf(production, Api, 'restaurants/getRestaurant'));
    expect(JSON.stringify(getRestaurant)).not.toContain('EventsTable');
    expect(getRestaurant.flatMap((s) => asList(s.Action)).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query', 'logs:CreateLogStream', 'logs:PutLogEvents']);
    const list = statementsOf(t.api, functionOf(production, Api, 'restaurants/listRestaurant'));
    // The log (Query, PutItem) and the Idempotency-Key records (Get, Put, Update, Delete on that table only).
    expect(list.flatMap((s) => asList(s.Action)).sort()).toEqual([
      'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'logs:CreateLogStream', 'logs:PutLogEvents',
    ]);
    expect(JSON.stringify(list.find((s) => asList(s.Action).includes('dynamodb:DeleteItem'))!.Resource)).toContain('Idempotency');
    const [, listFn] = resources(t.api, 'AWS::Lambda::Function').find(([id]) => id === functionOf(production, Api, 'restaurants/listRestaurant'))!;
    expect(Object.keys(listFn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['EVENTS_TABLE', 'IDEMPOTENCY_TABLE']));
    expect(Object.keys(listFn.Properties.Environment.Variables)).not.toContain('VIEWS_TABLE');
  });

  it('throttles by default on the stage, allows the configured origins, and logs access without personal data', () => {
    const [[, stage]] = resources(t.api, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    const perRoute = routeThrottleSettings(routes);
    expect(stage.Properties.RouteSettings).toEqual(Object.keys(perRoute).length > 0 ? perRoute : undefined);
    expect(stage.Properties.AccessLogSettings.Format).not.toContain('sourceIp');
    const [[, api]] = resources(t.api, 'AWS::ApiGatewayV2::Api');
    // Production without FORKCAST_CORS_ORIGINS allows no browser origin; a personal stage allows localhost.
    expect(api.Properties.CorsConfiguration).toBeUndefined();
    const [[, personalApi]] = resources(personal.template(Api), 'AWS::ApiGatewayV2::Api');
    expect(personalApi.Properties.CorsConfiguration.AllowOrigins).toEqual(['http://localhost:5173', 'http://localhost:3000']);
    const [[, personalStage]] = resources(personal.template(Api), 'AWS::ApiGatewayV2::Stage');
    expect(personalStage.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
  });

  it('has a Cognito user pool with the diner, owner and staff groups, retained in production', () => {
    const [[, pool]] = resources(t.api, 'AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(resources(t.api, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName).sort()).toEqual(userGroups.map((g) => g.name).sort());
  });
});

describe('Monitoring stack', () => {
  it('pages on 5xx rate, any dead letter, any failed execution and publisher lag, to one SNS topic', () => {
    const [[topicId, topic]] = resources(t.monitoring, 'AWS::SNS::Topic');
    expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    const alarms = resources(t.monitoring, 'AWS::CloudWatch::Alarm');
    for (const [, a] of alarms) expect(a.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    const ids = alarms.map(([id]) => id);
    expect(ids.some((id) => id.startsWith('ServerErrorRate'))).toBe(true);
    // One per DLQ: the importer's, the publisher's and each subscription's.
    expect(ids.filter((id) => id.startsWith('DeadLetters'))).toHaveLength(subscriptions.length + 2);
    expect(ids.filter((id) => id.startsWith('ExecutionsFailed'))).toHaveLength(workflows.length);
    const [, lag] = alarms.find(([id]) => id.startsWith('PublisherLag'))!;
    expect(lag.Properties).toMatchObject({ MetricName: 'IteratorAge', Threshold: publisherLagAlarmMs, Statistic: 'Maximum' });
  });

  it('has a dashboard of requests, latency, errors, throttles, DLQ depth, workflow and bus failures, publisher lag', () => {
    const [[, dashboard]] = resources(t.monitoring, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const metric of ['Count', 'Latency', 'p50', 'p99', '4xx', '5xx', 'Errors', 'Throttles', 'ApproximateNumberOfMessagesVisible', 'ExecutionsFailed', 'FailedInvocations', 'IteratorAge']) {
      expect(body, metric).toContain(metric);
    }
  });

  it('exists only where data is kept (personal stages cost storage only)', () => {
    expect(personal.app.node.tryFindChild('alice-forkcast-Monitoring')).toBeUndefined();
  });
});

describe('Schedules stack', () => {
  it('invokes each schedule row\'s function at its rate through a Scheduler role that may invoke only that function', () => {
    const found = resources(t.schedules, 'AWS::Scheduler::Schedule');
    expect(found).toHaveLength(schedules.length);
    expect(schedules.map((s) => s.id)).toContain('specials-freshness');
    for (const row of schedules) {
      const fnId = functionOf(production, Schedules, row.handler);
      const [, schedule] = found.find(([, r]) => JSON.parse(r.Properties.Target.Input).scheduleId === row.id)!;
      expect(schedule.Properties).toMatchObject({
        ScheduleExpression: scheduleExpression(row.rate),
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: getAtt(fnId), RetryPolicy: { MaximumRetryAttempts: scheduleRetry.MaximumRetryAttempts, MaximumEventAgeInSeconds: scheduleRetry.MaximumEventAgeInSeconds } },
      });
      const roleId = schedule.Properties.Target.RoleArn['Fn::GetAtt'][0];
      const [, role] = resources(t.schedules, 'AWS::IAM::Role').find(([id]) => id === roleId)!;
      expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'scheduler.amazonaws.com' });
      const statements = resources(t.schedules, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      expect(statements).toEqual([expect.objectContaining({ Action: 'lambda:InvokeFunction', Effect: 'Allow', Resource: getAtt(fnId) })]);
    }
    expect(scheduleExpression({ every: 1, unit: 'days' })).toBe('rate(1 day)');
    expect(scheduleExpression({ every: 6, unit: 'hours' })).toBe('rate(6 hours)');
  });

  it('grants the freshness check what its row needs: read and append the log, read views, nothing else', () => {
    const fnId = functionOf(production, Schedules, 'restaurants/checkSpecialsFreshness');
    const actions = statementsOf(t.schedules, fnId).flatMap((s) => asList(s.Action)).sort();
    expect(actions).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Query', 'logs:CreateLogStream', 'logs:PutLogEvents'].sort());
  });
});

describe('every stack', () => {
  const each = (fn: (app: () => SynthesizedApp, stack: StackFunction) => void) => {
    for (const stack of allStacks) fn(() => production, stack);
  };

  it('has one function per handler module of the tables (and the importer, the publisher and the sign-up trigger), each in one stack', () => {
    const deployed = allStacks.flatMap((s) => [...handlerModules(production, s).values()]).sort();
    const expected = [
      ...routes.map((r) => r.handler),
      ...subscriptions.flatMap((s) => (s.target.kind === 'workflow' ? [] : [s.target.handler])),
      ...new Set(workflows.flatMap((w) => Object.values(w.substitutions))),
      ...schedules.map((s) => s.handler),
      'imports/importFromS3', 'bus/publishLogStream', 'diners/registerDinerOnSignUp',
    ].sort();
    expect(deployed).toEqual(expected);
  });

  it('runs every function on nodejs22.x arm64, outside a VPC, with Powertools settings and its own log group', () => {
    let checked = 0;
    each((app, stack) => {
      const template = app().template(stack);
      for (const [id, fn] of resources(template, 'AWS::Lambda::Function')) {
        if (!handlerModules(app(), stack).has(id)) continue; // SST's and CDK's own helpers
        expect(fn.Properties.Architectures, id).toEqual(['arm64']);
        expect(fn.Properties.VpcConfig).toBeUndefined();
        expect(fn.Properties.Environment.Variables).toMatchObject({ POWERTOOLS_METRICS_NAMESPACE: 'Forkcast', POWERTOOLS_LOG_LEVEL: 'INFO' });
        const logGroupId = fn.Properties.LoggingConfig.LogGroup.Ref;
        const [, logGroup] = resources(template, 'AWS::Logs::LogGroup').find(([lid]) => lid === logGroupId)!;
        expect(logGroup.Properties.RetentionInDays).toBe(90);
        checked++;
      }
      for (const f of app().stack(stack).getAllFunctions()) {
        expect(f.getConstructMetadata().data).toMatchObject({ runtime: 'nodejs22.x' });
      }
    });
    expect(checked).toBe(allStacks.reduce((n, s) => n + handlerModules(production, s).size, 0));
  });

  it('bundles ESM, minified, for node22, with the runtime-provided AWS SDK left out', () => {
    for (const stack of allStacks) {
      for (const f of production.stack(stack).getAllFunctions()) {
        const nodejs = (f as any).props.nodejs;
        expect(nodejs).toMatchObject({ format: 'esm', minify: true, esbuild: { target: 'node22', external: ['@aws-sdk/*'] } });
      }
    }
  });

  it('has no IAM statement with Action "*", and Resource "*" only for the actions AWS requires it for', () => {
    // Each with its reason: CloudWatch Logs delivery (Step Functions logging) and ListStreams (stream
    // event sources) have no resource-level permissions.
    const allowedOnStar = new Set([...logDeliveryActions, 'dynamodb:ListStreams']);
    for (const app of [production, personal]) {
      for (const name of app.stackNames) {
        const template = app.templateOf(name) as { Resources: Record<string, Resource> };
        for (const [id, r] of Object.entries(template.Resources)) {
          const docs = r.Type === 'AWS::IAM::Policy' ? [r.Properties.PolicyDocument]
            : r.Type === 'AWS::IAM::Role' ? (r.Properties.Policies ?? []).map((p: any) => p.PolicyDocument) : [];
          for (const s of docs.flatMap((d: any) => d.Statement)) {
            expect(asList(s.Action), `${name} ${id}`).not.toContain('*');
            if (asList(s.Resource).includes('*')) {
              for (const a of asList(s.Action)) expect(allowedOnStar.has(a), `${name} ${id}: ${a} on *`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('stays under 200 resources per stack (the Api and Bus stacks: under CloudFormation\'s 500 for now), on every stage', () => {
    for (const app of [production, personal]) {
      for (const name of app.stackNames) {
        const count = Object.keys((app.templateOf(name) as { Resources: object }).Resources).length;
        // About 8 resources per route (function, role, policy, log group, route, integration,
        // permission): with the diner and review routes the Api stack passed 200. Known and open:
        // the routes are to move into per-context stacks that add them to the one HTTP API. The
        // Bus stack (about 9 per subscription) passed 200 with the claims policies: same plan.
        expect(count, name).toBeLessThan(name.endsWith('-Api') || name.endsWith('-Bus') ? 500 : 200);
      }
    }
  });

  it('passes cdk-nag AwsSolutions with no unsuppressed error, every suppression with a reason', () => {
    for (const app of [production, personal]) {
      for (const name of app.stackNames) {
        expect(app.nagErrorsOf(name), name).toEqual([]);
        const template = app.templateOf(name) as { Resources: Record<string, any> };
        for (const r of Object.values(template.Resources)) {
          for (const s of r.Metadata?.cdk_nag?.rules_to_suppress ?? []) expect(s.reason.trim().split(/\s+/).length, s.id).toBeGreaterThanOrEqual(6);
        }
      }
    }
  });
});
