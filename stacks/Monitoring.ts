import { Duration } from 'aws-cdk-lib';
import {
  Alarm, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TreatMissingData, type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Alias } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { use, type StackContext } from 'sst/constructs';
import { Api } from './Api';
import { routesStacks } from './ApiRoutes';
import { Bus } from './Bus';
import { Storage } from './Storage';
import { subscriptionsStacks } from './Subscriptions';
import { Workflows } from './Workflows';

/** Publisher lag (the log stream's iterator age) above this means events reach consumers late. */
export const publisherLagAlarmMs = 60_000;
/** Share of requests answered 5xx (percent, over 5 minutes) that pages. */
export const serverErrorRateAlarmPercent = 1;

/**
 * One dashboard and the alarms that page (to the `Alarms` topic; FORKCAST_ALARM_EMAIL subscribes
 * an address): a 5xx rate, any message in any dead-letter queue, any failed execution, publisher
 * lag. Only the stages that keep data get it (sst.config.ts): alarms and dashboards bill monthly.
 */
export function Monitoring({ stack, app }: StackContext) {
  const storage = use(Storage);
  const bus = use(Bus);
  const { stateMachines, workflowFunctions } = use(Workflows);
  const api = use(Api);
  const wirings = subscriptionsStacks.flatMap((s) => use(s).wirings);
  const routeFunctions = routesStacks.flatMap((s) => Object.values(use(s).routeFunctions));

  const topic = new Topic(stack, 'Alarms', {
    topicName: `${app.stage}-${app.name}-alarms`,
    masterKey: Alias.fromAliasName(stack, 'SnsKey', 'alias/aws/sns'),
    enforceSSL: true,
  });
  const email = process.env.FORKCAST_ALARM_EMAIL;
  if (email) topic.addSubscription(new EmailSubscription(email));
  const action = new SnsAction(topic);
  const alarm = (id: string, props: ConstructorParameters<typeof Alarm>[2]) => {
    const created = new Alarm(stack, id, { treatMissingData: TreatMissingData.NOT_BREACHING, ...props });
    created.addAlarmAction(action);
    return created;
  };

  const functions = [
    storage.importFromS3, bus.publisher,
    ...wirings.flatMap((w) => (w.fn ? [w.fn] : [])),
    ...workflowFunctions.values(), ...routeFunctions, ...(api.registerDiner ? [api.registerDiner] : []),
  ];
  const deadLetterQueues = [
    { name: 'ImportFromS3', queue: storage.importDeadLetters },
    { name: 'Publisher', queue: bus.publisherDeadLetters },
    ...wirings.map((w) => ({ name: w.rule.subscriptionId, queue: w.deadLetters })),
  ];
  const period = Duration.minutes(5);
  const apiDims = { ApiId: api.httpApi.apiId };
  const apiMetric = (metricName: string, statistic: string) => new Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: apiDims, statistic, period });
  const requests = apiMetric('Count', 'Sum');
  const serverErrors = apiMetric('5xx', 'Sum');
  const iteratorAge = bus.publisher.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(1) });

  alarm('ServerErrorRate', {
    alarmDescription: `More than ${serverErrorRateAlarmPercent}% of API requests answered 5xx over 5 minutes`,
    metric: new MathExpression({ expression: 'IF(requests > 0, 100 * errors / requests, 0)', usingMetrics: { requests, errors: serverErrors }, period }),
    threshold: serverErrorRateAlarmPercent, evaluationPeriods: 1, comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
  });
  for (const { name, queue } of deadLetterQueues) {
    alarm(`DeadLetters${name.replace(/[^A-Za-z0-9]/g, '')}`, {
      alarmDescription: `A delivery of ${name} failed for good and waits in its dead-letter queue`,
      metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: Duration.minutes(1) }),
      threshold: 1, evaluationPeriods: 1, comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
  }
  for (const [name, machine] of Object.entries(stateMachines)) {
    alarm(`ExecutionsFailed${name.replace(/[^A-Za-z0-9]/g, '')}`, {
      alarmDescription: `An execution of ${name} failed, timed out or was aborted`,
      metric: new MathExpression({
        expression: 'failed + timedOut + aborted',
        usingMetrics: {
          failed: machine.metricFailed({ statistic: 'Sum', period: Duration.minutes(1) }),
          timedOut: machine.metricTimedOut({ statistic: 'Sum', period: Duration.minutes(1) }),
          aborted: machine.metricAborted({ statistic: 'Sum', period: Duration.minutes(1) }),
        },
        period: Duration.minutes(1),
      }),
      threshold: 1, evaluationPeriods: 1, comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
  }
  alarm('PublisherLag', {
    alarmDescription: `The log stream publisher is more than ${publisherLagAlarmMs / 1000} s behind for 3 minutes`,
    metric: iteratorAge, threshold: publisherLagAlarmMs, evaluationPeriods: 3,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
  });

  const graph = (title: string, left: IMetric[], width = 12) => new GraphWidget({ title, left, width, height: 6 });
  const dashboard = new Dashboard(stack, 'Dashboard', { dashboardName: `${app.stage}-${app.name}` });
  dashboard.addWidgets(
    graph('API requests', [requests]),
    graph('API latency (ms)', [apiMetric('Latency', 'p50'), apiMetric('Latency', 'p99')]),
  );
  dashboard.addWidgets(
    graph('API 4xx / 5xx', [apiMetric('4xx', 'Sum'), serverErrors]),
    graph('Publisher iterator age (ms)', [iteratorAge]),
  );
  dashboard.addWidgets(
    graph('Lambda errors', functions.map((f) => f.metricErrors({ period, label: f.node.id }))),
    graph('Lambda throttles', functions.map((f) => f.metricThrottles({ period, label: f.node.id }))),
  );
  dashboard.addWidgets(
    graph('Dead-letter queue depth', deadLetterQueues.map(({ name, queue }) => queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period, label: name }))),
    graph('Workflow failures', Object.entries(stateMachines).map(([name, m]) => m.metricFailed({ statistic: 'Sum', period, label: name }))),
  );
  dashboard.addWidgets(
    graph('Bus failed invocations', wirings.map((w) => new Metric({
      namespace: 'AWS/Events', metricName: 'FailedInvocations', dimensionsMap: { RuleName: w.rule.ruleName }, statistic: 'Sum', period, label: w.rule.subscriptionId,
    })), 24),
  );

  stack.addOutputs({ AlarmTopic: topic.topicArn });
  return { topic, dashboard };
}
