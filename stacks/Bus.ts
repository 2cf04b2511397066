import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { CfnRule, EventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { subscriptionRules, type SubscriptionRule } from '@forkcast/functions';
import { use, type Function, type StackContext } from 'sst/constructs';
import { deadLetterQueue } from './bus/deadLetterQueue';
import { functionIdOf, handlerFunction } from './functions/handlerFunction';
import { retainsData } from './retainsData';
import { Storage } from './Storage';
import { Workflows } from './Workflows';

/**
 * Lambda's own retries of an asynchronous invocation (EventBridge invokes targets asynchronously,
 * so the rule's retry policy only covers failing to hand the event over). Two is Lambda's default;
 * it is set explicitly so the failure destination below is the subscription's DLQ.
 */
export const targetAsyncRetries = 2;
/** The publisher reads up to this many stream records per invocation: one PutEvents call. */
export const publisherBatchSize = 10;

export interface RuleWiring {
  rule: SubscriptionRule;
  cfnRule: CfnRule;
  deadLetters: Queue;
  fn?: Function;
}

/**
 * The `forkcast` bus with its archive, the publisher from the log's stream to the bus, and one
 * rule per row of the subscription table (subscriptionRules()), each with a retry policy and its
 * own SQS dead-letter queue.
 *
 * Schedules hook: no context declares a schedule yet, so none is created. When the contexts gain a
 * schedule table (rows of cron/rate expression + handler module + needs), each row becomes an
 * EventBridge Scheduler schedule (aws-scheduler CfnSchedule) targeting its function, built with
 * handlerFunction like the rule targets below, with a retry policy and the same kind of DLQ.
 */
export function Bus({ stack, app }: StackContext) {
  const storage = use(Storage);
  const { stateMachines } = use(Workflows);
  const retained = retainsData(app.stage);
  const removalPolicy = retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const prefix = `${app.name}-${app.stage}`;
  const resources = {
    events: storage.events, views: storage.views, idempotency: storage.idempotency, importsBucket: storage.imports, exportsBucket: storage.exports, snapshotsBucket: storage.snapshots,
    stateMachines: Object.fromEntries(Object.entries(stateMachines).map(([name, m]) => [name, m.stateMachineArn])),
  };

  const bus = new EventBus(stack, 'Forkcast', { eventBusName: prefix });
  // Everything published can be replayed into the bus from here (as well as from the log itself).
  bus.archive('Archive', {
    archiveName: `${prefix}-all`,
    description: 'Every event published on the forkcast bus',
    eventPattern: { account: [stack.account] },
    retention: retained ? Duration.days(365) : Duration.days(7),
  });

  // Publisher: the log's DynamoDB stream → the bus. One shard at a time per shard (parallelization
  // 1) and partial batch failures from the first refused record keep each stream's events in order;
  // bisecting a failing batch isolates a record the bus cannot take without stalling the shard for
  // the whole retry budget. Records still failing after that go to the DLQ (shard and sequence
  // range: replay them from the log's byDay index).
  const publisherDeadLetters = deadLetterQueue(stack, 'PublisherDeadLetters', { removalPolicy, of: 'the log stream publisher' });
  const publisher = handlerFunction(stack, 'PublishLogStream', {
    handler: 'bus/publishLogStream',
    needs: [],
    resources,
    description: 'Publishes every event appended to the log on the forkcast bus',
    props: { environment: { EVENT_BUS_NAME: bus.eventBusName } },
  });
  publisher.role.addToPolicy(new PolicyStatement({ actions: ['events:PutEvents'], resources: [bus.eventBusArn] }));
  publisher.fn.addEventSource(new DynamoEventSource(storage.events.cdk.table, {
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: publisherBatchSize,
    parallelizationFactor: 1,
    bisectBatchOnError: true,
    reportBatchItemFailures: true,
    retryAttempts: 10,
    maxRecordAge: Duration.days(1),
    onFailure: new SqsDlq(publisherDeadLetters),
  }));
  NagSuppressions.addResourceSuppressions(publisher.role, [{
    id: 'AwsSolutions-IAM5',
    reason: 'dynamodb:ListStreams has no resource-level permissions; AWS requires Resource * for it (stream event source).',
    appliesTo: ['Resource::*'],
  }], true);

  const wirings: RuleWiring[] = subscriptionRules({ prefix }).map((rule) => wire(rule));

  function wire(rule: SubscriptionRule): RuleWiring {
    const id = functionIdOf(rule.subscriptionId);
    const deadLetters = deadLetterQueue(stack, `${id}DeadLetters`, {
      queueName: rule.deadLetterQueueName, removalPolicy, of: `the ${rule.subscriptionId} subscription`,
    });
    const retryPolicy = {
      maximumRetryAttempts: rule.retryPolicy.maximumRetryAttempts,
      maximumEventAgeInSeconds: rule.retryPolicy.maximumEventAgeSeconds,
    };
    const target = rule.target;
    let fn: Function | undefined;
    let targetProps: CfnRule.TargetProperty;
    if (target.kind === 'workflow') {
      const machine = stateMachines[target.name];
      if (!machine) throw new Error(`subscription ${rule.subscriptionId} starts ${target.name}, which is not in the workflow table`);
      const role = new Role(stack, `${id}StartRole`, {
        assumedBy: new ServicePrincipal('events.amazonaws.com'),
        description: `Lets the ${rule.ruleName} rule start ${target.name}`,
      });
      role.addToPolicy(new PolicyStatement({ actions: ['states:StartExecution'], resources: [machine.stateMachineArn] }));
      targetProps = { id: 'workflow', arn: machine.stateMachineArn, roleArn: role.roleArn, retryPolicy, deadLetterConfig: { arn: deadLetters.queueArn } };
    } else {
      fn = handlerFunction(stack, `${id}Target`, {
        handler: target.handler,
        needs: target.needs,
        resources,
        description: rule.description,
      }).fn;
      fn.configureAsyncInvoke({ retryAttempts: targetAsyncRetries, onFailure: new SqsDestination(deadLetters) });
      targetProps = { id: 'function', arn: fn.functionArn, retryPolicy, deadLetterConfig: { arn: deadLetters.queueArn } };
    }
    const cfnRule = new CfnRule(stack, `${id}Rule`, {
      name: rule.ruleName,
      description: rule.description,
      eventBusName: bus.eventBusName,
      eventPattern: JSON.parse(rule.eventPattern),
      state: 'ENABLED',
      targets: [targetProps],
    });
    fn?.addPermission(`${id}FromRule`, { principal: new ServicePrincipal('events.amazonaws.com'), sourceArn: cfnRule.attrArn });
    // EventBridge itself dead-letters an event it could not hand over, so it may send to this queue.
    deadLetters.addToResourcePolicy(new PolicyStatement({
      actions: ['sqs:SendMessage'],
      principals: [new ServicePrincipal('events.amazonaws.com')],
      resources: [deadLetters.queueArn],
      conditions: { ArnEquals: { 'aws:SourceArn': cfnRule.attrArn } },
    }));
    return { rule, cfnRule, deadLetters, fn };
  }

  stack.addOutputs({ EventBus: bus.eventBusName });
  return { bus, publisher: publisher.fn, publisherDeadLetters, wirings };
}
