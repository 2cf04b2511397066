import { existsSync } from 'node:fs';
import path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  CorsHttpMethod, HttpApi, HttpAuthorizer, HttpAuthorizerType, type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { AccountRecovery, CfnUserPoolGroup, Mfa, UserPool, UserPoolOperation } from 'aws-cdk-lib/aws-cognito';
import { NagSuppressions } from 'cdk-nag';
import { commandNeeds } from '@forkcast/functions';
import type { Function, StackContext } from 'sst/constructs';
import { useProject } from 'sst/project.js';
import { corsOrigins } from './api/corsOrigins';
import { functionIdOf, functionsSrc, handlerFunction } from './functions/handlerFunction';
import { sharedNeedResources } from './functions/sharedNeedResources';
import { retainsData } from './retainsData';

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
 * The HTTP API the routes stacks (ApiRoutes.ts) add their routes to: the API with CORS for the
 * configured frontend origins, the Cognito user pool, its groups and web client, the JWT authorizer
 * the routes that need a token use, and the sign-up trigger. Its stage, throttling and access logs
 * are in ApiStage.ts, after the routes.
 */
export function Api({ stack, app }: StackContext) {
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const resources = sharedNeedResources(app.stage);

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
    // The stage is its own stack (ApiStage.ts), deployed after the routes its settings name.
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
  // What HttpUserPoolAuthorizer would create on first use, made here so that it lives in this stack
  // and every routes stack refers to the one authorizer by id.
  const cognito = new HttpAuthorizer(stack, 'Cognito', {
    httpApi,
    authorizerName: 'Cognito',
    type: HttpAuthorizerType.JWT,
    identitySource: ['$request.header.Authorization'],
    jwtIssuer: `https://cognito-idp.${stack.region}.amazonaws.com/${userPool.userPoolId}`,
    jwtAudience: [client.userPoolClientId],
  });
  const authorizer: IHttpRouteAuthorizer = {
    bind: () => ({ authorizerId: cognito.authorizerId, authorizationType: 'JWT' }),
  };

  NagSuppressions.addResourceSuppressions(userPool, [
    { id: 'AwsSolutions-COG2', reason: 'Diners sign up themselves; MFA is offered (TOTP) rather than forced on every diner.' },
    { id: 'AwsSolutions-COG3', reason: 'Cognito threat protection is billed per active user; not bought at this stage of the service.' },
  ]);

  stack.addOutputs({ ApiUrl: httpApi.apiEndpoint, UserPoolId: userPool.userPoolId, UserPoolClientId: client.userPoolClientId });
  return { httpApi, authorizer, userPool, client, registerDiner };
}
