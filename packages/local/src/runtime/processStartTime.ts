import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * When a process started, as an opaque string that differs between two processes that had the
 * same pid; undefined when it cannot be told (no such process, or no way to ask). Linux: field 22
 * of /proc/<pid>/stat (clock ticks since boot); elsewhere `ps -o lstart=`.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ? `linux:${fields[19]}` : undefined;
  } catch {
    // fall through to ps
  }
  if (process.platform === 'win32') return undefined;
  try {
    const started = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    return started ? `ps:${started}` : undefined;
  } catch {
    return undefined;
  }
}
