import type { Subscription, SubscriptionRetryPolicy } from '../subscriptions/subscription';
import { subscriptions as table } from './subscriptionTable';

/** EventBridge's default retry policy of a rule target. */
export const defaultSubscriptionRetryPolicy: SubscriptionRetryPolicy = { maximumRetryAttempts: 185, maximumEventAgeSeconds: 86_400 };

/** What a subscriptions stack (stacks/Subscriptions.ts) needs to create one rule: everything is derived from the table row. */
export interface SubscriptionRule {
  subscriptionId: string;
  /** EventBridge rule name (≤ 64 chars of `[.\-_A-Za-z0-9]`). */
  ruleName: string;
  description: string;
  /** The event pattern as the JSON text EventBridge stores. */
  eventPattern: string;
  target: Subscription['target'];
  retryPolicy: SubscriptionRetryPolicy;
  /** SQS dead-letter queue of the rule target (≤ 80 chars of `[-_A-Za-z0-9]`). */
  deadLetterQueueName: string;
  /** One delivery at a time (Subscription.serial): the Bus gives the function reserved concurrency 1. */
  serial: boolean;
}

/** One rule per subscription; `prefix` (app and stage, e.g. `forkcast-dev`) keeps stages apart. */
export function subscriptionRules(options: { prefix?: string; subscriptions?: readonly Subscription[] } = {}): SubscriptionRule[] {
  const prefix = options.prefix ?? 'forkcast';
  return (options.subscriptions ?? table).map((s) => {
    const ruleName = `${prefix}-${s.id}`;
    const deadLetterQueueName = `${prefix}-${s.id}-dlq`;
    if (!/^[.\-_A-Za-z0-9]{1,64}$/.test(ruleName)) throw new Error(`rule name ${ruleName} is not valid for EventBridge`);
    if (!/^[-_A-Za-z0-9]{1,80}$/.test(deadLetterQueueName)) throw new Error(`queue name ${deadLetterQueueName} is not valid for SQS`);
    return {
      subscriptionId: s.id,
      ruleName,
      description: s.description.slice(0, 512),
      eventPattern: JSON.stringify(s.pattern),
      target: s.target,
      retryPolicy: s.retry ?? defaultSubscriptionRetryPolicy,
      deadLetterQueueName,
      serial: s.serial === true,
    };
  });
}
