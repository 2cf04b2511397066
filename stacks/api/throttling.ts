import { retainsData } from '../retainsData';

/**
 * The API's default throttle (requests per second, steady and burst); a route row may set its own.
 * Personal stages get a low ceiling so a runaway script cannot run up a bill.
 */
export function defaultThrottle(stage: string): { rate: number; burst: number } {
  return retainsData(stage) ? { rate: 100, burst: 200 } : { rate: 10, burst: 20 };
}

/** The stage's per-route settings (CloudFormation `RouteSettings`) for the rows that set their own throttle. */
export function routeThrottleSettings(
  rows: readonly { method: string; path: string; throttle?: { rate: number; burst: number } }[],
): Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> {
  return Object.fromEntries(
    rows.flatMap((r) => (r.throttle ? [[`${r.method} ${r.path}`, { ThrottlingRateLimit: r.throttle.rate, ThrottlingBurstLimit: r.throttle.burst }]] : [])),
  );
}
