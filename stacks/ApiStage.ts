import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnStage, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { routes } from '@forkcast/functions';
import { dependsOn, use, type StackContext } from 'sst/constructs';
import { Api } from './Api';
import { routesStacks } from './ApiRoutes';
import { defaultThrottle, routeThrottleSettings } from './api/throttling';
import { retainsData } from './retainsData';

const accessLogFormat = AccessLogFormat.custom(JSON.stringify({
  requestId: '$context.requestId', routeKey: '$context.routeKey', status: '$context.status',
  latencyMs: '$context.responseLatency', integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage', authorizerError: '$context.authorizer.error', time: '$context.requestTime',
}));

/**
 * The API's `$default` stage: throttling by default and per row (`throttle`), and access logs. It
 * is its own stack, deployed after every routes stack, because API Gateway refuses a stage whose
 * route settings name a route that does not exist yet ("Unable to find Route by key"); with
 * auto-deploy, later route changes go live without touching it.
 */
export function ApiStage({ stack, app }: StackContext) {
  const { httpApi } = use(Api);
  for (const routesStack of routesStacks) dependsOn(routesStack);
  const retained = retainsData(app.stage);
  const accessLogs = new LogGroup(stack, 'HttpAccessLogs', {
    retention: retained ? RetentionDays.THREE_MONTHS : RetentionDays.ONE_WEEK,
    removalPolicy: retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
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
  const perRoute = routeThrottleSettings(routes);
  if (Object.keys(perRoute).length > 0) (stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', perRoute);
  return { stage };
}
