import type { ExecutionItem } from './types';

/** The console's statuses: AWS's, with "waiting for a person" split out of running. */
export type ConsoleStatus = 'running' | 'waiting' | 'succeeded' | 'failed' | 'timed-out' | 'aborted';

export const consoleStatuses: { id: ConsoleStatus; label: string; symbol: string }[] = [
  { id: 'running', label: 'running', symbol: '▶' },
  { id: 'waiting', label: 'waiting for a person', symbol: '‖' },
  { id: 'succeeded', label: 'succeeded', symbol: '✔' },
  { id: 'failed', label: 'failed', symbol: '✖' },
  { id: 'timed-out', label: 'timed out', symbol: '⌛' },
  { id: 'aborted', label: 'aborted', symbol: '■' },
];

export function statusOf(execution: ExecutionItem): ConsoleStatus {
  if (execution.status === 'RUNNING') return execution.waitingForTaskToken ? 'waiting' : 'running';
  return execution.status.toLowerCase().replace('_', '-') as ConsoleStatus;
}

export function StatusBadge({ status }: { status: ConsoleStatus }) {
  const s = consoleStatuses.find((c) => c.id === status)!;
  return (
    <span class={`badge status-${status}`}>
      <span aria-hidden="true">{s.symbol} </span>
      {s.label}
    </span>
  );
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })} ${d.toLocaleTimeString(undefined, { hour12: false })}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${Math.round(s % 60)} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** "3 min ago"-style, from `now`. */
export function since(iso: string, now = Date.now()): string {
  return `${formatDuration(now - Date.parse(iso))} ago`;
}
