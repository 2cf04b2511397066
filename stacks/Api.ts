import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { AccountRecovery, CfnUserPoolGroup, Mfa, UserPool, UserPoolOperation } from 'aws-cdk-lib/aws-cognito';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import { commandNeeds, routes, type Route } from '@forkcast/functions';
import { use, type Function, type StackContext } from 'sst/constructs';
import { useProject } from 'sst/project.js';
import { corsOrigins } from './api/corsOrigins';
import { defaultThrottle, routeThrottleSettings } from './api/throttling';
import { functionIdOf, functionsSrc, handlerFunction } from './functions/handlerFunction';
import { retainsData } from './retainsData';
import { Storage } from './Storage';
import { Workflows } from './Workflows';

const accessLogFormat = AccessLogFormat.custom(JSON.stringify({
  requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status',
  latencyMs: '$context.responseLatency', integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage', authorizerError: '$context.authorizer.error', time: '$context.requestTime',
}));

/** Cognito groups, named as the roles the token's `cognito:groups` claim carries (http/actorFromClaims.ts). */
export const userGroups = [
  { name: 'diner', description: 'Diners: record visits, review and rate restaurants' },
  { name: 'owner', description: 'Owners of claimed restaurants' },
  { name: 'staff', description: 'Forkcast staff: imports, listings, onboarding' },
] as const;

/**
 * The post-confirmation trigger that records a new diner. It is wired once the diners context adds
 * this handler module; until then sign-ups only create the Cognito user.
 */
export const registerDinerModule = 'diners/registerDinerOnSignUp';

/**
 * The HTTP API generated from the route table: one function (own role, own grants from the row's
 * `needs`) per route, the Cognito JWT authorizer on exactly the rows whose auth is not 'public'
 * (as the local gateway requires a token), throttling per stage and per row, CORS for the
 * configured frontend origins, and access logs.
 */
export function Api({ stack, app }: StackContext) {
  const storage = use(Storage);
  const { stateMachines } = use(Workflows);
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const resources = {
    events: storage.events, views: storage.views, idempotency: storage.idempotency, importsBucket: storage.imports, exportsBucket: storage.exports, snapshotsBucket: storage.snapshots,
    stateMachines: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineArn])),
  };

  const userPool = new UserPool(stack, 'Users', {
    userPoolName: `${app.stage}-${app.name}-users`,
    selfSignUpEnabled: true,
    signInAliases: { email: true },
    autoVerify: { email: true },
    passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true },
    mfa: Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    deletionProtection: retained,
    removalPolicy,
  });
  for (const group of userGroups) {
    new CfnUserPoolGroup(stack, `Group${functionIdOf(group.name)}`, { userPoolId: userPool.userPoolId, groupName: group.name, description: group.description });
  }
  const client = userPool.addClient('Web', { authFlows: { userSrp: true }, generateSecret: false, preventUserExistenceErrors: true });

  let registerDiner: Function | undefined;
  if (existsSync(path.join(useProject().paths.root, functionsSrc, `${registerDinerModule}.ts`))) {
    registerDiner = handlerFunction(stack, functionIdOf(registerDinerModule), {
      handler: registerDinerModule, needs: commandNeeds, resources, description: 'Records a diner when their sign-up is confirmed',
    }).fn;
    userPool.addTrigger(UserPoolOperation.POST_CONFIRMATION, registerDiner);
  }

  const origins = corsOrigins(app.stage);
  const httpApi = new HttpApi(stack, 'Http', {
    apiName: `${app.stage}-${app.name}`,
    createDefaultStage: false,
    ...(origins.length > 0
      ? {
          corsPreflight: {
            allowOrigins: origins,
            allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PATCH, CorsHttpMethod.PUT, CorsHttpMethod.DELETE],
            allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key'],
            exposeHeaders: ['etag', 'location'],
            maxAge: Duration.hours(1),
          },
        }
      : {}),
  });
  const accessLogs = new LogGroup(stack, 'HttpAccessLogs', {
    retention: retained ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
    removalPolicy,
  });
  const throttle = defaultThrottle(app.stage);
  const stage = new HttpStage(stack, 'HttpDefaultStage', {
    httpApi,
    stageName: '$default',
    autoDeploy: true,
    throttle: { rateLimit: throttle.rate, burstLimit: throttle.burst },
    // No source IP or caller identity (personal data): what ran, how it ended and how long it took.
    accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: accessLogFormat },
  });
  const authorizer = new HttpUserPoolAuthorizer('Cognito', userPool, { userPoolClients: [client] });

  const routeFunctions: Record<string, Function> = {};
  for (const route of routes) routeFunctions[route.operationId] = addRoute(route);
  const perRoute = routeThrottleSettings(routes);
  if (Object.keys(perRoute).length > 0) (stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', perRoute);

  function addRoute(route: Route): Function {
    const id = functionIdOf(route.operationId);
    const { fn } = handlerFunction(stack, id, {
      handler: route.handler, needs: route.needs ?? [], resources, description: `${route.method} ${route.path}: ${route.summary}`,
    });
    const [created] = httpApi.addRoutes({
      path: route.path,
      methods: [HttpMethod[route.method]],
      integration: new HttpLambdaIntegration(`${id}Integration`, fn),
      ...(route.auth === 'public' ? {} : { authorizer }),
    });
    if (route.auth === 'public') {
      NagSuppressions.addResourceSuppressions(created!, [
        { id: 'AwsSolutions-APIG4', reason: `${route.method} ${route.path} is public by its route row (auth: 'public'); it only reads published views.` },
      ], true);
    }
    return fn;
  }

  NagSuppressions.addResourceSuppressions(userPool, [
    { id: 'AwsSolutions-COG2', reason: 'Diners sign up themselves; MFA is offered (TOTP) rather than forced on every diner.' },
    { id: 'AwsSolutions-COG3', reason: 'Cognito threat protection is billed per active user; not bought at this stage of the service.' },
  ]);

  stack.addOutputs({ ApiUrl: httpApi.apiEndpoint, UserPoolId: userPool.userPoolId, UserPoolClientId: client.userPoolClientId });
  return { httpApi, stage, userPool, client, routeFunctions, registerDiner };
}
