import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { scheduleExpression, schedules, type Schedule } from '@forkcast/functions';
import { type Function, type StackContext } from 'sst/constructs';
import { functionIdOf, handlerFunction } from './functions/handlerFunction';
import { storageNeedResources } from './functions/storageNeedResources';

/** Scheduler's retry of a failed invocation: a few tries within the hour; the next run is a day away anyway. */
export const scheduleRetry = { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 };

/**
 * The schedule table on AWS: per row, its handler's function (own role, grants from `needs`) and an
 * EventBridge Scheduler schedule invoking it at the row's rate with `{ scheduleId }` as input,
 * through a role that may invoke that one function only.
 */
export function Schedules({ stack, app }: StackContext) {
  const resources = storageNeedResources(app.stage);
  const scheduleFunctions: Record<string, Function> = {};
  for (const schedule of schedules) scheduleFunctions[schedule.id] = addSchedule(schedule);

  function addSchedule(schedule: Schedule): Function {
    const id = functionIdOf(schedule.handler);
    const { fn } = handlerFunction(stack, id, {
      handler: schedule.handler, needs: schedule.needs, resources, description: `Schedule ${schedule.id}: ${schedule.description}`,
      props: { environment: process.env.SPECIALS_STALE_AFTER_DAYS ? { SPECIALS_STALE_AFTER_DAYS: process.env.SPECIALS_STALE_AFTER_DAYS } : {} },
    });
    const role = new Role(stack, `${id}SchedulerRole`, {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': stack.account } } }),
      description: `Lets EventBridge Scheduler invoke ${id}`,
    });
    role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
    new CfnSchedule(stack, `${id}Schedule`, {
      name: `${stack.stage}-${stack.node.root.node.tryGetContext('app') ?? 'forkcast'}-${schedule.id}`.slice(0, 64),
      description: schedule.description.slice(0, 512),
      scheduleExpression: scheduleExpression(schedule.rate),
      flexibleTimeWindow: { mode: 'OFF' },
      target: { arn: fn.functionArn, roleArn: role.roleArn, input: JSON.stringify({ scheduleId: schedule.id }), retryPolicy: { maximumRetryAttempts: scheduleRetry.MaximumRetryAttempts, maximumEventAgeInSeconds: scheduleRetry.MaximumEventAgeInSeconds } },
    });
    return fn;
  }

  return { scheduleFunctions };
}
