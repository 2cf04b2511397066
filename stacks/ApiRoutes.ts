import { HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { NagSuppressions } from 'cdk-nag';
import { contexts, type Route } from '@forkcast/functions';
import { use, type Function, type StackContext } from 'sst/constructs';
import { Api } from './Api';
import { functionIdOf, handlerFunction } from './functions/handlerFunction';
import { sharedNeedResources } from './functions/sharedNeedResources';
import { namedStack } from './split/namedStack';
import { planStacks } from './split/planStacks';

/**
 * What one route adds to its stack: function, role, policy, log group, SST's SSM parameter of the
 * function's name, route, integration and the permission for API Gateway to invoke the function.
 * App.test.ts checks this against the templates.
 */
export const routeResourceCount = 8;

/** The routes stacks: one per context (`RoutesRestaurants`, …), continued in `…2` past the budget. */
export const routesPlan = planStacks('Routes', contexts.map((c) => ({ name: c.name, rows: c.routes })), () => routeResourceCount);

/**
 * Each routes stack adds its rows to the one HTTP API of the Api stack: per route its own function
 * (own role, grants from the row's `needs`), the integration, and the route, with the Cognito JWT
 * authorizer on exactly the rows whose auth is not 'public' (as the local gateway requires a token).
 */
export const routesStacks = routesPlan.map((planned) => namedStack(planned.id, (ctx) => apiRoutes(ctx, planned.rows)));

function apiRoutes({ stack, app }: StackContext, rows: readonly Route<any>[]) {
  const { httpApi, authorizer } = use(Api);
  const resources = sharedNeedResources(app.stage);
  const routeFunctions: Record<string, Function> = {};
  for (const route of rows) {
    const id = functionIdOf(route.operationId);
    const { fn } = handlerFunction(stack, id, {
      handler: route.handler, needs: route.needs ?? [], resources, description: `${route.method} ${route.path}: ${route.summary}`,
    });
    const created = new HttpRoute(stack, `${id}Route`, {
      httpApi,
      routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
      integration: new HttpLambdaIntegration(`${id}Integration`, fn),
      ...(route.auth === 'public' ? {} : { authorizer }),
    });
    if (route.auth === 'public') {
      NagSuppressions.addResourceSuppressions(created, [
        { id: 'AwsSolutions-APIG4', reason: `${route.method} ${route.path} is public by its route row (auth: 'public'); it only reads published views.` },
      ], true);
    }
    routeFunctions[route.operationId] = fn;
  }
  return { routeFunctions };
}
