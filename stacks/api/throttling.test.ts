import { describe, expect, it } from 'vitest';
import { defaultThrottle, routeThrottleSettings } from './throttling';

describe('throttling', () => {
  it('keeps personal stages low and retained stages higher', () => {
    expect(defaultThrottle('alice')).toEqual({ rate: 10, burst: 20 });
    expect(defaultThrottle('production')).toEqual({ rate: 100, burst: 200 });
  });

  it('sets route settings only for rows with their own throttle, keyed by route key', () => {
    expect(routeThrottleSettings([
      { method: 'POST', path: '/imports', throttle: { rate: 1, burst: 2 } },
      { method: 'GET', path: '/restaurants' },
    ])).toEqual({ 'POST /imports': { ThrottlingRateLimit: 1, ThrottlingBurstLimit: 2 } });
  });
});
