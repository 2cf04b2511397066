import { StatesError } from '../errors/statesError';
import { retrierMatches } from './errorMatching';
import type { Interpreter } from './interpreter';
import { sleepUntil } from './sleep';
import type { StateFrame } from './stateFrame';
import type { JsonObject } from './types';

/**
 * Runs `attempt` under the state's Retry policy: the first retrier whose ErrorEquals matches
 * decides (no fall-through once it is exhausted); delay = IntervalSeconds × BackoffRate^n, capped
 * by MaxDelaySeconds, and drawn uniformly below that with JitterStrategy FULL.
 */
export async function withRetry<T>(it: Interpreter, frame: StateFrame, attempt: () => Promise<T>): Promise<T> {
  const retriers = (frame.def.Retry ?? []) as JsonObject[];
  const counts = retriers.map(() => 0);
  for (;;) {
    try {
      return await attempt();
    } catch (e) {
      if (!(e instanceof StatesError)) throw e;
      const err = it.decorate(e, frame);
      const i = retriers.findIndex((r) => retrierMatches(r.ErrorEquals as string[], err));
      if (i < 0) throw err;
      const r = retriers[i];
      const maxAttempts = (r.MaxAttempts as number | undefined) ?? 3;
      if (counts[i] >= maxAttempts) throw err;
      const delayMs = retryDelaySeconds(r, counts[i], it.env.random) * 1000;
      counts[i]++;
      frame.retryCount++;
      // Rebuilding from history: if the next attempt is already recorded, its delay has passed.
      if (!it.env.recorder.recordedFollowUp(frame.scope.lastEventId)) {
        await sleepUntil(it.env.clock, it.env.clock.now() + delayMs, frame.signal);
      }
    }
  }
}

export function retryDelaySeconds(retrier: JsonObject, retriesSoFar: number, random: () => number): number {
  const interval = (retrier.IntervalSeconds as number | undefined) ?? 1;
  const rate = (retrier.BackoffRate as number | undefined) ?? 2;
  let delay = interval * Math.pow(rate, retriesSoFar);
  const max = retrier.MaxDelaySeconds as number | undefined;
  if (max !== undefined) delay = Math.min(delay, max);
  if (retrier.JitterStrategy === 'FULL') delay = random() * delay;
  return delay;
}
