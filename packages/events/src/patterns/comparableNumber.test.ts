import { describe, expect, it } from 'vitest';
import { comparableNumber } from './comparableNumber';

describe('comparableNumber', () => {
  it('gives the same value for every spelling of a number', () => {
    for (const s of ['300', '300.0', '3e2', '3.0E2', '3000e-1', '0.3e3']) expect(comparableNumber(s)).toBe(300);
  });

  it('keeps full double precision, beyond ±5e9 and below 1e-6', () => {
    expect(comparableNumber('1628872008.123456')).toBe(1628872008.123456);
    expect(comparableNumber('-1e15')).toBe(-1e15);
    expect(comparableNumber('2.5e-9')).toBe(2.5e-9);
  });

  it('has no negative zero', () => {
    expect(Object.is(comparableNumber('-0'), 0)).toBe(true);
    expect(Object.is(comparableNumber('-0.0e5'), 0)).toBe(true);
  });

  it('refuses numbers a double cannot hold exactly, or at all', () => {
    expect(comparableNumber('1.00000000000000000001')).toBeUndefined();
    expect(comparableNumber('12345678901234567890')).toBeUndefined();
    expect(comparableNumber('1e-400')).toBeUndefined();
    expect(comparableNumber('2e400')).toBeUndefined();
  });
});
