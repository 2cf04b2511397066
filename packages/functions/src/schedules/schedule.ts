import type { HandlerNeeds } from '../app/handlerNeeds';

/** How often a schedule fires, in EventBridge Scheduler's `rate()` units. */
export interface ScheduleRate {
  every: number;
  unit: 'minutes' | 'hours' | 'days';
}

/**
 * One row of a context's `schedules`: a handler run periodically. On AWS an EventBridge Scheduler
 * schedule invokes its function (stacks/Schedules.ts); locally a timer of the local runtime does.
 * The handler module exports `handler` and `build(deps)`; it is called with a `ScheduledRun`.
 */
export interface Schedule {
  /** Stable kebab-case id: names the schedule and its function. */
  id: string;
  description: string;
  rate: ScheduleRate;
  /** Handler module relative to packages/functions/src, without extension. */
  handler: string;
  /** What the handler reaches on AWS (app/handlerNeeds.ts); the Schedules stack grants exactly this. */
  needs: HandlerNeeds;
}

/** What a scheduled handler receives: the schedule's own fixed input (Scheduler sends it as is). */
export interface ScheduledRun {
  scheduleId: string;
}

export function defineSchedule(schedule: Schedule): Schedule {
  if (!/^[a-z][a-z0-9-]*$/.test(schedule.id)) throw new Error(`schedule id must be kebab-case: ${schedule.id}`);
  if (!Number.isInteger(schedule.rate.every) || schedule.rate.every < 1) throw new Error(`${schedule.id}: rate.every must be a positive integer`);
  return schedule;
}

const unitMs = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** The schedule's period in milliseconds (the local runtime's timer). */
export const scheduleRateMs = (rate: ScheduleRate): number => rate.every * unitMs[rate.unit];

/** EventBridge Scheduler's expression: `rate(1 day)`, `rate(6 hours)` (singular unit for 1). */
export const scheduleExpression = (rate: ScheduleRate): string => `rate(${rate.every} ${rate.every === 1 ? rate.unit.slice(0, -1) : rate.unit})`;
