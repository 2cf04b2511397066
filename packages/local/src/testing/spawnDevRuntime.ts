import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SpawnedRuntime {
  child: ChildProcess;
  url: string;
  /** Everything the child printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the child has exited (after a kill or a clean stop). */
  exited: Promise<number | null>;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * `forkcast dev` as its own process on a free port, as `npm start` runs it, so a test can SIGKILL
 * it for real. Resolves once it printed its URL (after recovery and the first settle).
 */
export function spawnDevRuntime(dataDir: string, options: { timeoutMs?: number } = {}): Promise<SpawnedRuntime> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/local/src/cli/main.ts', 'dev'], {
    cwd: repoRoot,
    env: { ...process.env, FORKCAST_DATA_DIR: dataDir, PORT: '0', POWERTOOLS_LOG_LEVEL: 'SILENT', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`forkcast dev printed no URL within ${options.timeoutMs ?? 30_000} ms:\n${text}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = /Forkcast is running at (http:\/\/\S+)/.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => text, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`forkcast dev exited (${code}) before printing its URL:\n${text}`));
    });
  });
}
