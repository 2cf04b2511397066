import { execFile } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { runCli as cli } from '../testing/runCli';
import { useCliDataDir } from '../testing/useCliDataDir';

const dir = await useCliDataDir('forkcast-cli-');

const header = 'Restaurant ID,Restaurant Name,Country Code,City,Address,Locality,Locality Verbose,Longitude,Latitude,Cuisines,Average Cost for two,Currency,Has Table booking,Has Online delivery,Is delivering now,Switch to order menu,Price range,Aggregate rating,Rating color,Rating text,Votes';
const rows = [
  '880001,Cli Good Place,1,Clitown,"1 Main Road, Clitown",Centre,"Centre, Clitown",77.1,28.6,"North Indian",500,Indian Rupees(Rs.),No,No,No,No,2,3.9,Yellow,Good,12',
  '880002,Cli Null Island,1,Clitown,"2 Main Road, Clitown",Centre,"Centre, Clitown",0,0,"Chinese",400,Indian Rupees(Rs.),No,No,No,No,1,3.1,Orange,Average,4',
  '880003,,1,Clitown,"3 Main Road, Clitown",Centre,"Centre, Clitown",77.2,28.7,"Cafe",300,Indian Rupees(Rs.),No,No,No,No,1,3.0,Orange,Average,2',
];

describe('forkcast CLI', () => {
  it('prints a token the local key verifies, with role, subject, audience and issuer', async () => {
    const { status, out } = await cli('token', '--role', 'staff', '--sub', 'alice', '--ttl', '15m');
    expect(status).toBe(0);
    const key = await loadOrCreateSigningKey(dataDirLayout(dir).signingKey);
    const { payload } = await jwtVerify(out.trim(), createLocalJWKSet({ keys: [key.publicJwk] }), { audience: 'forkcast-api', issuer: `http://localhost:${process.env.PORT ?? 3000}` });
    expect(payload).toMatchObject({ sub: 'alice', 'cognito:groups': ['staff'] });
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(payload).not.toHaveProperty('email');
  });

  it('adds a verified email claim with --email, as a Cognito ID token carries it', async () => {
    const { status, out } = await cli('token', '--role', 'diner', '--sub', 'bea', '--email', 'bea@example.org');
    expect(status).toBe(0);
    const key = await loadOrCreateSigningKey(dataDirLayout(dir).signingKey);
    const { payload } = await jwtVerify(out.trim(), createLocalJWKSet({ keys: [key.publicJwk] }), { audience: 'forkcast-api' });
    expect(payload).toMatchObject({ sub: 'bea', email: 'bea@example.org', email_verified: true });
  });

  it('answers bad usage with the usage text on stderr and status 2', async () => {
    for (const argv of [['frobnicate'], ['token', '--role', 'king', '--sub', 'a'], ['token', '--role', 'staff'], ['token', '--sub', 'a', '--role', 'staff', '--ttl', 'soon'], ['token', '--sub', 'a', '--role', 'diner', '--email', 'not-an-address'], ['token', '--bogus'], ['import'], ['import', 'a.csv', '--source', 'yelp'], []]) {
      const { status, err, out } = await cli(...argv);
      expect({ argv, status }).toEqual({ argv, status: 2 });
      expect(err).toContain('usage: forkcast');
      expect(out).toBe('');
    }
    expect((await cli('help')).out).toContain('usage: forkcast');
  });

  it('fails with status 1 and a clear message for a file it cannot read', async () => {
    const { status, err } = await cli('import', join(dir, 'missing.csv'));
    expect(status).toBe(1);
    expect(err).toMatch(/cannot read .*missing\.csv: no such file/);
  });

  it('imports a CSV into the data dir with a per-row report, and a re-import changes nothing', async () => {
    const file = join(dir, 'list.csv');
    await writeFile(file, [header, ...rows].join('\n') + '\n');
    const first = await cli('import', file);
    expect(first.status).toBe(0);
    const lines = first.out.trim().split('\n');
    expect(lines.at(-1)).toBe('imported 1, updated 0, unchanged 0, rejected 2');
    expect(lines.slice(0, -1).every((line) => /^line \d+: (rejected|repaired) /.test(line))).toBe(true);
    expect(first.out).toMatch(/^line 3: rejected /m);
    expect(first.out).toMatch(/^line 4: rejected /m);
    const second = await cli('import', file);
    expect(second.out.trim().split('\n').at(-1)).toBe('imported 0, updated 0, unchanged 1, rejected 2');
  });

  it('refuses to import into a data dir that a running `forkcast dev` holds, and says what to do instead', async () => {
    const file = join(dir, 'list.csv');
    await writeFile(file, [header, rows[0]].join('\n') + '\n');
    const lockPath = dataDirLayout(dir).runtimeLock;
    await writeFile(lockPath, JSON.stringify({ pid: process.pid, kind: 'dev', url: 'http://localhost:4321', startedAt: new Date().toISOString() }));
    try {
      const { status, err } = await cli('import', file);
      expect(status).toBe(1);
      expect(err).toContain(`forkcast dev (pid ${process.pid}, http://localhost:4321)`);
      expect(err).toContain('POST http://localhost:4321/imports');
    } finally {
      await rm(lockPath, { force: true });
    }
  });

  it('runs as the `forkcast` bin through tsx', async () => {
    const bin = fileURLToPath(new URL('../../bin/forkcast.mjs', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'token', '--role', 'diner', '--sub', 'bob'], { env: { ...process.env, FORKCAST_DATA_DIR: dir } });
    expect(stdout.trim().split('.')).toHaveLength(3);
    const failed = await promisify(execFile)(process.execPath, [bin, 'nope']).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2 });
  });
});
