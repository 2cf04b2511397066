import { RemovalPolicy } from 'aws-cdk-lib';
import { CfnRule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { contexts, subscriptionRules, type Subscription, type SubscriptionRule } from '@forkcast/functions';
import { use, type Function, type StackContext } from 'sst/constructs';
import { Bus } from './Bus';
import { deadLetterQueue } from './bus/deadLetterQueue';
import { functionIdOf, handlerFunction } from './functions/handlerFunction';
import { sharedNeedResources } from './functions/sharedNeedResources';
import { retainsData } from './retainsData';
import { namedStack } from './split/namedStack';
import { planStacks } from './split/planStacks';
import { Workflows } from './Workflows';

/**
 * Lambda's own retries of an asynchronous invocation (EventBridge invokes targets asynchronously,
 * so the rule's retry policy only covers failing to hand the event over). Two is Lambda's default;
 * it is set explicitly so the failure destination below is the subscription's DLQ.
 */
export const targetAsyncRetries = 2;

/**
 * What one subscription adds to its stack: rule, DLQ and its policy, plus for a function target the
 * function, role, policy, log group, SST's SSM parameter of the function's name, async-invoke
 * config and the rule's invoke permission, or for a workflow target the start role and its policy.
 * App.test.ts checks this against the templates.
 */
export function subscriptionResourceCount(subscription: Subscription): number {
  return subscription.target.kind === 'workflow' ? 5 : 10;
}

/** The subscriptions stacks: one per context (`SubscriptionsRestaurants`, …), continued in `…2` past the budget. */
export const subscriptionsPlan = planStacks(
  'Subscriptions', contexts.map((c) => ({ name: c.name, rows: c.subscriptions })), subscriptionResourceCount,
);

export interface RuleWiring {
  rule: SubscriptionRule;
  cfnRule: CfnRule;
  deadLetters: Queue;
  fn?: Function;
}

/**
 * Each subscriptions stack has one rule on the forkcast bus per row (subscriptionRules()), with a
 * retry policy and its own SQS dead-letter queue; a function target gets its own role (grants from
 * the row's `needs`), Lambda async retries and the same DLQ as on-failure destination, and reserved
 * concurrency 1 when the row is `serial`; a workflow target a role allowed to start that machine only.
 *
 * Schedules: the contexts' schedule rows become EventBridge Scheduler schedules in a stack of their
 * own, added to appStacks.ts like this one.
 */
export const subscriptionsStacks = subscriptionsPlan.map((planned) => namedStack(planned.id, (ctx) => subscriptionRulesStack(ctx, planned.rows)));

function subscriptionRulesStack({ stack, app }: StackContext, rows: readonly Subscription[]) {
  const { bus } = use(Bus);
  const { stateMachines } = use(Workflows);
  const resources = sharedNeedResources(app.stage);
  const removalPolicy = retainsData(app.stage) ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
  const wirings = subscriptionRules({ prefix: `${app.name}-${app.stage}`, subscriptions: rows }).map((rule) => wire(rule));

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
      if (rule.serial) throw new Error(`subscription ${rule.subscriptionId} is serial, but only a function target can be`);
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
        ...(rule.serial ? { props: { reservedConcurrentExecutions: 1 } } : {}),
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

  return { wirings };
}
