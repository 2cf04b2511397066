import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stack as CdkStack, type CfnElement } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { contexts, routes, scheduleExpression, schedules, subscriptionRules, subscriptions, workflows } from '@forkcast/functions';
import { beforeAll, describe, expect, it } from 'vitest';
import { Api, userGroups } from './Api';
import { routeResourceCount, routesPlan, routesStacks } from './ApiRoutes';
import { ApiStage } from './ApiStage';
import { routeThrottleSettings } from './api/throttling';
import { appStacks } from './appStacks';
import { Bus, publisherBatchSize } from './Bus';
import { functionIdOf } from './functions/handlerFunction';
import { Monitoring, publisherLagAlarmMs } from './Monitoring';
import { Schedules, scheduleRetry } from './Schedules';
import { plannedRowsBudget, sstStackResources, stackResourceLimit } from './split/planStacks';
import { mailSettings, publicSiteUrl } from './stageSettings';
import { Storage } from './Storage';
import { subscriptionResourceCount, subscriptionsPlan, subscriptionsStacks, targetAsyncRetries } from './Subscriptions';
import { synthApp, type StackFunction, type SynthesizedApp } from './testing/synth';
import { logDeliveryActions, Workflows } from './Workflows';
import { substitutionNames } from './workflows/taskResources';

interface Resource { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const allStacks: StackFunction[] = appStacks('production');
let production: SynthesizedApp;
let personal: SynthesizedApp;
const t = {} as Record<'storage' | 'workflows' | 'bus' | 'api' | 'apiStage' | 'schedules' | 'monitoring', Template>;

beforeAll(async () => {
  production = await synthApp('production');
  personal = await synthApp('alice');
  t.storage = production.template(Storage);
  t.workflows = production.template(Workflows);
  t.bus = production.template(Bus);
  t.api = production.template(Api);
  t.schedules = production.template(Schedules);
  t.apiStage = production.template(ApiStage);
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
/** The one stack (of `among`) whose function runs `module`, with that function's logical id. */
function locate(app: SynthesizedApp, module: string, among: readonly StackFunction[] = allStacks): { stack: StackFunction; template: Template; id: string } {
  const found = among.flatMap((stack) => [...handlerModules(app, stack)].filter(([, m]) => m === module).map(([id]) => ({ stack, id })));
  expect(found.map((f) => f.stack.name), module).toHaveLength(1);
  return { ...found[0]!, template: app.template(found[0]!.stack) };
}
/** The stack export a cross-stack reference to `logicalId` of `stackName` imports. */
const importOf = (stackName: string, logicalId: string) => expect.stringContaining(`${stackName}:ExportsOutputRef${logicalId}`);
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
});

describe('subscriptions stacks', () => {
  const rules = () => subscriptionRules({ prefix: 'forkcast-production' });
  /** The subscriptions stack holding a rule, its template, and the rule's logical id and resource. */
  const ruleOf = (ruleName: string) => {
    const found = subscriptionsStacks.flatMap((stack) => {
      const template = production.template(stack);
      return resources(template, 'AWS::Events::Rule').filter(([, r]) => r.Properties.Name === ruleName).map(([id, cfn]) => ({ stack, template, id, cfn }));
    });
    expect(found.map((f) => f.stack.name), ruleName).toHaveLength(1);
    return found[0]!;
  };

  it('are planned one per context from its subscription rows, each row in exactly one stack, within the budget', () => {
    expect(subscriptionsPlan.flatMap((p) => p.rows)).toEqual(contexts.flatMap((c) => c.subscriptions));
    for (const planned of subscriptionsPlan) {
      expect(planned.id.startsWith(`Subscriptions${functionIdOf(planned.context)}`)).toBe(true);
      expect(planned.cost).toBeLessThanOrEqual(plannedRowsBudget);
    }
    expect(subscriptionsStacks.map((s) => s.name)).toEqual(subscriptionsPlan.map((p) => p.id));
  });

  it('cost what the plan says: SST\'s own resources plus each row\'s estimate, on every stage', () => {
    for (const app of [production, personal]) {
      subscriptionsPlan.forEach((planned, i) => {
        const count = Object.keys(app.template(subscriptionsStacks[i]!).toJSON().Resources).length;
        expect(count, planned.id).toBe(sstStackResources + planned.rows.reduce((n, r) => n + subscriptionResourceCount(r), 0));
      });
    }
  });

  it('have one rule per subscription on the forkcast bus, with its pattern, a retry policy and its own DLQ', () => {
    expect(rules()).toHaveLength(subscriptions.length);
    const total = subscriptionsStacks.reduce((n, stack) => n + resources(production.template(stack), 'AWS::Events::Rule').length, 0);
    expect(total).toBe(subscriptions.length);
    const busId = resources(t.bus, 'AWS::Events::EventBus')[0]![0];
    const dlqIds = new Set<string>();
    for (const rule of rules()) {
      const { template, id: ruleId, cfn } = ruleOf(rule.ruleName);
      expect(JSON.stringify(cfn.Properties.EventBusName)).toEqual(importOf('production-forkcast-Bus', busId));
      expect(cfn.Properties.EventPattern).toEqual(JSON.parse(rule.eventPattern));
      const [target] = cfn.Properties.Targets;
      expect(target.RetryPolicy).toEqual({
        MaximumRetryAttempts: rule.retryPolicy.maximumRetryAttempts,
        MaximumEventAgeInSeconds: rule.retryPolicy.maximumEventAgeSeconds,
      });
      const dlqId = target.DeadLetterConfig.Arn['Fn::GetAtt'][0];
      const [, queue] = resources(template, 'AWS::SQS::Queue').find(([id]) => id === dlqId)!;
      expect(queue.Properties.QueueName).toBe(rule.deadLetterQueueName);
      dlqIds.add(rule.deadLetterQueueName);
      // EventBridge may send to it, but only for this rule.
      const [, policy] = resources(template, 'AWS::SQS::QueuePolicy').find(([, p]) => p.Properties.Queues.some((q: any) => q.Ref === dlqId))!;
      expect(policy.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({
        Effect: 'Allow', Action: 'sqs:SendMessage', Principal: { Service: 'events.amazonaws.com' },
        Condition: { ArnEquals: { 'aws:SourceArn': getAtt(ruleId) } },
      }));
    }
    expect(dlqIds.size).toBe(rules().length);
  });

  it("set each function target's async retries and on-failure destination to its rule's DLQ, and let only its rule invoke it", () => {
    for (const rule of rules()) {
      if (rule.target.kind === 'workflow') continue;
      const { stack, template, id: ruleId, cfn } = ruleOf(rule.ruleName);
      const [target] = cfn.Properties.Targets;
      const fnId = locate(production, rule.target.handler, [stack]).id;
      expect(target.Arn).toEqual(getAtt(fnId));
      const configs = resources(template, 'AWS::Lambda::EventInvokeConfig').filter(([, c]) => c.Properties.FunctionName.Ref === fnId);
      expect(configs).toHaveLength(1);
      expect(configs[0]![1].Properties).toMatchObject({
        MaximumRetryAttempts: targetAsyncRetries,
        DestinationConfig: { OnFailure: { Destination: target.DeadLetterConfig.Arn } },
      });
      const permissions = resources(template, 'AWS::Lambda::Permission').filter(([, p]) => JSON.stringify(p.Properties.FunctionName).includes(fnId));
      expect(permissions.map(([, p]) => p.Properties)).toEqual([
        expect.objectContaining({ Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', SourceArn: getAtt(ruleId) }),
      ]);
      // The function may write its failures to that queue.
      expect(JSON.stringify(statementsOf(template, fnId))).toContain(target.DeadLetterConfig.Arn['Fn::GetAtt'][0]);
    }
  });

  it('give reserved concurrency 1 to exactly the serial rows (the search projection: one snapshot, no racing writes)', () => {
    const serial = rules().filter((r) => r.serial).map((r) => r.subscriptionId);
    expect(serial).toEqual(expect.arrayContaining(['restaurant-search', 'recommendation-signals']));
    for (const rule of rules()) {
      if (rule.target.kind === 'workflow') continue;
      const { template, id } = locate(production, rule.target.handler, subscriptionsStacks);
      const [, fn] = resources(template, 'AWS::Lambda::Function').find(([fid]) => fid === id)!;
      expect(fn.Properties.ReservedConcurrentExecutions, rule.subscriptionId).toBe(rule.serial ? 1 : undefined);
    }
  });

  it('start a workflow target with a role allowed StartExecution on exactly that state machine', () => {
    const workflowRules = rules().filter((r) => r.target.kind === 'workflow');
    expect(workflowRules.length).toBeGreaterThan(0);
    for (const rule of workflowRules) {
      const { template, cfn } = ruleOf(rule.ruleName);
      const [target] = cfn.Properties.Targets;
      expect(JSON.stringify(target.Arn)).toContain(`production-forkcast-Workflows:ExportsOutputRef${functionIdOf(rule.target.name)}`);
      const roleId = target.RoleArn['Fn::GetAtt'][0];
      const statements = resources(template, 'AWS::IAM::Policy')
        .filter(([, p]) => p.Properties.Roles.some((r: any) => r.Ref === roleId))
        .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
      expect(statements).toEqual([{ Effect: 'Allow', Action: 'states:StartExecution', Resource: target.Arn }]);
    }
  });

  it('grant each subscription function exactly what its row needs', () => {
    const profileAt = locate(production, 'restaurants/projectRestaurantProfile', subscriptionsStacks);
    const profile = statementsOf(profileAt.template, profileAt.id);
    const data = profile.filter((s) => asList(s.Action).some((a: string) => a.startsWith('dynamodb:')));
    expect(data.map((s) => asList(s.Action).sort())).toEqual(expect.arrayContaining([['dynamodb:Query'], ['dynamodb:GetItem', 'dynamodb:PutItem']]));
    expect(profile.some((s) => asList(s.Action).includes('dynamodb:PutItem') && JSON.stringify(s.Resource).includes('EventsTable'))).toBe(false);
    const releaseAt = locate(production, 'imports/releaseImportFollowUp', subscriptionsStacks);
    const release = statementsOf(releaseAt.template, releaseAt.id);
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

describe('Api stack and routes stacks', () => {
  /** The routes stack holding a route key, its template, and the route's logical id and resource. */
  const routeOf = (routeKey: string) => {
    const found = routesStacks.flatMap((stack) => {
      const template = production.template(stack);
      return resources(template, 'AWS::ApiGatewayV2::Route').filter(([, r]) => r.Properties.RouteKey === routeKey).map(([id, cfn]) => ({ stack, template, id, cfn }));
    });
    expect(found.map((f) => f.stack.name), routeKey).toHaveLength(1);
    return found[0]!;
  };

  it('are planned one per context from its route rows, each row in exactly one stack, within the budget', () => {
    expect(routesPlan.flatMap((p) => p.rows)).toEqual(contexts.flatMap((c) => c.routes));
    expect(routesPlan.flatMap((p) => p.rows)).toEqual(routes);
    for (const planned of routesPlan) expect(planned.cost).toBeLessThanOrEqual(plannedRowsBudget);
    expect(routesStacks.map((s) => s.name)).toEqual(routesPlan.map((p) => p.id));
    expect(resources(t.api, 'AWS::ApiGatewayV2::Route')).toEqual([]);
  });

  it('cost what the plan says: SST\'s own resources plus each route\'s estimate, on every stage', () => {
    for (const app of [production, personal]) {
      routesPlan.forEach((planned, i) => {
        const count = Object.keys(app.template(routesStacks[i]!).toJSON().Resources).length;
        expect(count, planned.id).toBe(sstStackResources + planned.rows.length * routeResourceCount);
      });
    }
  });

  it('have every route of the table on the one HTTP API, with the authorizer exactly where the local gateway requires a token', () => {
    const total = routesStacks.reduce((n, stack) => n + resources(production.template(stack), 'AWS::ApiGatewayV2::Route').length, 0);
    expect(total).toBe(routes.length);
    const [[apiId]] = resources(t.api, 'AWS::ApiGatewayV2::Api');
    const [[authorizerId, authorizer]] = resources(t.api, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer.Properties).toMatchObject({ AuthorizerType: 'JWT', IdentitySource: ['$request.header.Authorization'], ApiId: { Ref: apiId } });
    expect(JSON.stringify(authorizer.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.us-east-1.amazonaws.com/');
    const [[clientId]] = resources(t.api, 'AWS::Cognito::UserPoolClient');
    expect(authorizer.Properties.JwtConfiguration.Audience).toEqual([{ Ref: clientId }]);
    for (const route of routes) {
      const { stack, template, cfn } = routeOf(`${route.method} ${route.path}`);
      const p = cfn.Properties;
      expect(JSON.stringify(p.ApiId)).toEqual(importOf('production-forkcast-Api', apiId));
      if (route.auth === 'public') {
        expect(p.AuthorizationType).toBe('NONE');
        expect(p.AuthorizerId).toBeUndefined();
      } else {
        expect(p.AuthorizationType).toBe('JWT');
        expect(JSON.stringify(p.AuthorizerId)).toEqual(importOf('production-forkcast-Api', authorizerId));
      }
      // Each route reaches its own handler's function, which only API Gateway may invoke, for that route.
      const integrationId = p.Target['Fn::Join'][1][1].Ref;
      const [, integration] = resources(template, 'AWS::ApiGatewayV2::Integration').find(([id]) => id === integrationId)!;
      const fnId = locate(production, route.handler, [stack]).id;
      expect(integration.Properties.IntegrationUri).toEqual(getAtt(fnId));
      const permissions = resources(template, 'AWS::Lambda::Permission').filter(([, x]) => JSON.stringify(x.Properties.FunctionName).includes(fnId));
      expect(permissions).toHaveLength(1);
      expect(permissions[0]![1].Properties.Principal).toBe('apigateway.amazonaws.com');
      // The source ARN names the route's path as API Gateway does (parameters as `{name}`).
      const sourceArn = JSON.stringify(permissions[0]![1].Properties.SourceArn);
      expect(sourceArn).toContain(`/*/*${route.path}"`);
      expect(sourceArn).toEqual(importOf('production-forkcast-Api', apiId));
    }
  });

  it('has the needs of every route declared on its row (an empty list when it reaches nothing)', () => {
    // Without it the function would deploy with logs only and be refused at its first read.
    const undeclared = routes.filter((r) => r.needs === undefined).map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('gives every route function its own role, granted exactly its needs', () => {
    const fns = routesStacks.flatMap((stack) => resources(production.template(stack), 'AWS::Lambda::Function').filter(([id]) => handlerModules(production, stack).has(id)));
    expect(fns).toHaveLength(routes.length);
    for (const stack of routesStacks) {
      const inStack = resources(production.template(stack), 'AWS::Lambda::Function');
      expect(new Set(inStack.map(([, f]) => JSON.stringify(f.Properties.Role))).size).toBe(inStack.length);
    }
    const getAt = locate(production, 'restaurants/getRestaurant', routesStacks);
    const getRestaurant = statementsOf(getAt.template, getAt.id);
    expect(JSON.stringify(getRestaurant)).not.toContain('EventsTable');
    expect(getRestaurant.flatMap((s) => asList(s.Action)).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query', 'logs:CreateLogStream', 'logs:PutLogEvents']);
    const listAt = locate(production, 'restaurants/listRestaurant', routesStacks);
    const list = statementsOf(listAt.template, listAt.id);
    // The log (Query, PutItem) and the Idempotency-Key records (Get, Put, Update, Delete on that table only).
    expect(list.flatMap((s) => asList(s.Action)).sort()).toEqual([
      'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'logs:CreateLogStream', 'logs:PutLogEvents',
    ]);
    expect(JSON.stringify(list.find((s) => asList(s.Action).includes('dynamodb:DeleteItem'))!.Resource)).toContain('Idempotency');
    const [, listFn] = resources(listAt.template, 'AWS::Lambda::Function').find(([id]) => id === listAt.id)!;
    expect(Object.keys(listFn.Properties.Environment.Variables)).toEqual(expect.arrayContaining(['EVENTS_TABLE', 'IDEMPOTENCY_TABLE']));
    expect(Object.keys(listFn.Properties.Environment.Variables)).not.toContain('VIEWS_TABLE');
  });

  it('deploys the stage after every routes stack (its route settings name their routes)', () => {
    const dependencies = production.stack(ApiStage).dependencies.map((d) => d.stackName);
    for (const stack of routesStacks) expect(dependencies).toContain(production.stack(stack).stackName);
    expect(appStacks('production').indexOf(ApiStage)).toBeGreaterThan(Math.max(...routesStacks.map((s) => appStacks('production').indexOf(s))));
  });

  it('throttles by default on the stage, allows the configured origins, and logs access without personal data', () => {
    const [[, stage]] = resources(t.apiStage, 'AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
    const perRoute = routeThrottleSettings(routes);
    expect(stage.Properties.RouteSettings).toEqual(Object.keys(perRoute).length > 0 ? perRoute : undefined);
    expect(stage.Properties.AccessLogSettings.Format).not.toContain('sourceIp');
    const [[, api]] = resources(t.api, 'AWS::ApiGatewayV2::Api');
    // Production without FORKCAST_CORS_ORIGINS allows no browser origin; a personal stage allows localhost.
    expect(api.Properties.CorsConfiguration).toBeUndefined();
    const [[, personalApi]] = resources(personal.template(Api), 'AWS::ApiGatewayV2::Api');
    expect(personalApi.Properties.CorsConfiguration.AllowOrigins).toEqual(['http://localhost:5173', 'http://localhost:3000']);
    const [[, personalStage]] = resources(personal.template(ApiStage), 'AWS::ApiGatewayV2::Stage');
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

  it('grants the freshness check what its row needs: read and append the log, read views, send mail, nothing else', () => {
    const fnId = functionOf(production, Schedules, 'restaurants/checkSpecialsFreshness');
    const actions = statementsOf(t.schedules, fnId).flatMap((s) => asList(s.Action)).sort();
    expect(actions).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Query', 'logs:CreateLogStream', 'logs:PutLogEvents', 'ses:SendEmail'].sort());
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

  it('stays under 200 resources per stack, far from CloudFormation\'s 500, on every stage', () => {
    expect(stackResourceLimit).toBe(200);
    expect(sstStackResources + plannedRowsBudget).toBeLessThan(stackResourceLimit);
    for (const app of [production, personal]) {
      for (const name of app.stackNames) {
        const count = Object.keys((app.templateOf(name) as { Resources: object }).Resources).length;
        expect(count, name).toBeLessThan(stackResourceLimit);
      }
    }
  });

  it('passes PUBLIC_SITE_URL, the stage\'s site, to exactly the functions whose handlers read it (rows that need site:url)', () => {
    const readers: string[] = [];
    for (const [app, stage] of [[production, 'production'], [personal, 'alice']] as const) {
      for (const stack of appStacks(stage)) {
        const template = app.template(stack);
        for (const [id, module] of handlerModules(app, stack)) {
          const source = readFileSync(path.join(root, 'packages/functions/src', `${module}.ts`), 'utf8');
          const reads = source.includes('publicSiteUrlFromEnvironment(');
          if (reads && stage === 'production') readers.push(module);
          const [, fn] = resources(template, 'AWS::Lambda::Function').find(([fid]) => fid === id)!;
          expect(fn.Properties.Environment.Variables.PUBLIC_SITE_URL, module).toBe(reads ? publicSiteUrl(stage) : undefined);
        }
      }
    }
    expect(readers).toContain('reviews/shareReview');
  });

  it('gives exactly the functions whose handlers call awsMailer( ses:SendEmail on the stage\'s identity, MAIL_FROM and STAFF_EMAIL (rows that need mail:send)', () => {
    const senders: string[] = [];
    for (const [app, stage] of [[production, 'production'], [personal, 'alice']] as const) {
      const mail = mailSettings(stage);
      const identityArn = {
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':ses:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, `:identity/${mail.identity}`]],
      };
      for (const stack of appStacks(stage)) {
        const template = app.template(stack);
        for (const [id, module] of handlerModules(app, stack)) {
          const source = readFileSync(path.join(root, 'packages/functions/src', `${module}.ts`), 'utf8');
          const sends = source.includes('awsMailer(');
          if (sends && stage === 'production') senders.push(module);
          const [, fn] = resources(template, 'AWS::Lambda::Function').find(([fid]) => fid === id)!;
          const variables = fn.Properties.Environment.Variables;
          expect(variables.MAIL_FROM, module).toBe(sends ? mail.from : undefined);
          expect(variables.STAFF_EMAIL, module).toBe(sends ? mail.staffEmail : undefined);
          const ses = statementsOf(template, id).filter((s) => asList(s.Action).some((a: string) => a.startsWith('ses:')));
          expect(ses, module).toEqual(sends ? [{ Effect: 'Allow', Action: 'ses:SendEmail', Resource: identityArn }] : []);
        }
      }
    }
    expect(senders.sort()).toEqual([
      'claims/resendVerificationEmail', 'claims/sendOwnerEmail', 'claims/sendVerificationEmail', 'claims/tellStaffClaimExpired', 'imports/notifyStaff',
      'restaurants/checkSpecialsFreshness', 'reviews/notifyRestaurantOfReview', 'reviews/notifyReviewerOfResponse',
    ]);
  });

  it('gives exactly the functions whose handlers call awsLinkSecret( GetSecretValue on the stage\'s secret and its ARN, never its value (rows that need links:sign)', () => {
    const signers: string[] = [];
    for (const [app, stage] of [[production, 'production'], [personal, 'alice']] as const) {
      const [[secretId]] = resources(app.template(Storage), 'AWS::SecretsManager::Secret');
      for (const stack of appStacks(stage)) {
        const template = app.template(stack);
        // The secret's ARN: a Ref in Storage, an import of Storage's export elsewhere.
        const secretArn = stack === Storage ? { Ref: secretId } : { 'Fn::ImportValue': importOf(`${stage}-forkcast-Storage`, secretId!) };
        for (const [id, module] of handlerModules(app, stack)) {
          const source = readFileSync(path.join(root, 'packages/functions/src', `${module}.ts`), 'utf8');
          const signs = source.includes('awsLinkSecret(');
          if (signs && stage === 'production') signers.push(module);
          const [, fn] = resources(template, 'AWS::Lambda::Function').find(([fid]) => fid === id)!;
          const variables = fn.Properties.Environment.Variables;
          expect(variables.LINK_SIGNING_SECRET, module).toBeUndefined();
          expect(variables.LINK_SIGNING_SECRET_ARN, module).toEqual(signs ? secretArn : undefined);
          const reads = statementsOf(template, id).filter((s) => asList(s.Action).some((a: string) => a.startsWith('secretsmanager:')));
          expect(reads, module).toEqual(signs ? [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secretArn }] : []);
        }
      }
    }
    expect(signers.sort()).toEqual(['claims/requestClaim', 'claims/resendVerificationEmail', 'claims/sendVerificationEmail', 'claims/verifyClaim', 'reviews/notifyRestaurantOfReview']);
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
