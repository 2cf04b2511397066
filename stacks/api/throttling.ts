import { retainsData } from '../retainsData';

/**
 * The API's default throttle (requests per second, steady and burst); a route row may set its own.
 * Personal stages get a low ceiling so a runaway script cannot run up a bill.
 */
export function defaultThrottle(stage: string): { rate: number; burst: number } {
  return retainsData(stage) ? { rate: 100, burst: 200 } : { rate: 10, burst: 20 };
}
