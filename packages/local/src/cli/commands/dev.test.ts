import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cliIo';
import run from './dev';

let dir: string;
beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  dir = await mkdtemp(join(tmpdir(), 'forkcast-dev-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('forkcast dev (npm start)', () => {
  it('prints a /console#token= link whose staff token the API accepts', async () => {
    let output = '';
    let interrupt!: (reason: string) => void;
    let printed!: () => void;
    const banner = new Promise<void>((resolve) => (printed = resolve));
    const io: CliIo = {
      isTTY: false,
      out: (text: string) => {
        output += text;
        if (output.includes('Press Ctrl-C')) printed();
      },
      err: (text: string) => void (output += text),
      interrupted: new Promise<string>((resolve) => (interrupt = resolve)),
    };
    const exited = run(['--port', '0'], io, { dataDir: dir });
    await Promise.race([banner, exited.then(() => Promise.reject(new Error(`dev exited early:\n${output}`)))]);
    try {
      const link = /console +(http:\/\/localhost:\d+)\/console#token=([\w-]+\.[\w-]+\.[\w-]+)\n/.exec(output);
      expect(link, output).not.toBeNull();
      const [, url, token] = link!;
      // The fragment is for the page; the token itself is a staff token.
      expect((await fetch(`${url}/outbox`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(`${url}/_local/dead-letters`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      interrupt('test');
      expect(await exited).toBe(0);
    }
  });
});
