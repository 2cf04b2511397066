import { logInstant } from '@forkcast/core';
import { compilePattern } from '@forkcast/events';
import { UsageError } from '../cli/cliIo';

/** Days a range covers by default, and at most through the runtime's GET /log. */
export const defaultLogDays = 399;

/** A command line's range and pattern, checked, with clear errors (UsageError, exit 2). */
export function logRange(values: { from?: string; to?: string; pattern?: string }): { from: string; to: string; pattern?: string } {
  const bound = (name: string, value: string, end: boolean) => {
    try {
      return logInstant(value, end);
    } catch {
      throw new UsageError(`--${name} ${value} is not a date: use yyyy-mm-dd or an ISO-8601 instant such as 2026-01-31T12:00:00Z`);
    }
  };
  const to = values.to ?? new Date().toISOString();
  const toMs = bound('to', to, true);
  const from = values.from ?? new Date(toMs - defaultLogDays * 86_400_000).toISOString().slice(0, 10);
  if (bound('from', from, false) > toMs) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (values.pattern !== undefined) {
    try {
      compilePattern(values.pattern);
    } catch (error) {
      throw new UsageError(`--pattern is not an EventBridge pattern: ${(error as Error).message}`);
    }
  }
  return { from, to, pattern: values.pattern };
}
