import { scheduleRateMs, type Schedule, type ScheduledRun } from '@forkcast/functions';
import type { HandlerLoader } from '../handlers/createHandlerLoader';

export interface ScheduleTimers {
  /** Runs every schedule once now and waits for it (tests, `forkcast dev` on demand). */
  runAll(): Promise<void>;
  stop(): Promise<void>;
}

/** setTimeout's ceiling (2^31-1 ms, about 24.8 days): a longer rate would fire at once. */
const maxTimerMs = 2_147_483_647;

/**
 * The local stand-in for EventBridge Scheduler: one interval per schedule row, the rate divided by
 * `speed` (tests and demos run a day in moments). Runs never overlap per schedule: a tick that
 * finds the previous run going is skipped, as a slow Lambda would simply take longer. A failing
 * run is logged and the next tick tries again (Scheduler's retry policy in spirit).
 */
export function startScheduleTimers(input: { schedules: readonly Schedule[]; loader: HandlerLoader; speed: number; log: (line: string) => void }): ScheduleTimers {
  const running = new Map<string, Promise<void>>();
  const run = (schedule: Schedule): Promise<void> => {
    const current = running.get(schedule.id);
    if (current) return current;
    const next = input.loader
      .load<(event: ScheduledRun) => Promise<unknown>>(schedule.handler)
      .then((handler) => handler({ scheduleId: schedule.id }))
      .then(
        (result) => input.log(`schedule ${schedule.id}: ${JSON.stringify(result)}`),
        (error: Error) => input.log(`schedule ${schedule.id} failed: ${error.message}`),
      )
      .finally(() => running.delete(schedule.id));
    running.set(schedule.id, next);
    return next;
  };
  const timers = input.schedules.map((schedule) => {
    const ms = Math.min(maxTimerMs, Math.max(10, scheduleRateMs(schedule.rate) / input.speed));
    const timer = setInterval(() => void run(schedule), ms);
    timer.unref();
    return timer;
  });
  return {
    async runAll() {
      await Promise.all(input.schedules.map(run));
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running.values()]);
    },
  };
}
