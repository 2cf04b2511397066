import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderEmail } from '@forkcast/core';
import { main } from '../cli/main';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { startLocalRuntime, type LocalRuntime } from '../runtime/startLocalRuntime';
import { fileOutbox } from './fileOutbox';

let dir: string;
let runtime: LocalRuntime;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-outbox-'));
  runtime = await startLocalRuntime({ dataDir: dir, inMemory: true, port: 0 });
  const outbox = fileOutbox(dataDirLayout(dir).outbox, (() => { let t = 0; return () => new Date(Date.UTC(2026, 0, 1) + 1000 * t++); })());
  await outbox.send(renderEmail('Owner@Tasca.example', { subject: 'A new review', paragraphs: [['Ana wrote: <b>great</b>']] }), 'review-1:notify owner');
  await outbox.send(renderEmail('staff@forkcast.local', { subject: 'Import finished', paragraphs: [['done']] }), 'import-1');
  // A retried step: the first message stays.
  await outbox.send(renderEmail('staff@forkcast.local', { subject: 'Import finished again', paragraphs: [['twice']] }), 'import-1');
});
afterAll(async () => {
  await runtime.stop();
  await rm(dir, { recursive: true, force: true });
});

function capture() {
  let out = '';
  let err = '';
  return { io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t), isTTY: false }, out: () => out, err: () => err };
}

describe('the local outbox', () => {
  it('keeps one file per send key, the first message winning', async () => {
    const files = (await readdir(dataDirLayout(dir).outbox)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toBe('import-1.json');
    expect(files[1]).toMatch(/^review-1_notify_owner~.+\.json$/);
  });

  it('forkcast outbox prints the messages oldest first, one JSON message a line with --json, filtered by --to', async () => {
    process.env.FORKCAST_DATA_DIR = dir;
    try {
      const all = capture();
      expect(await main(['outbox'], all.io)).toBe(0);
      expect(all.out()).toMatch(/to Owner@Tasca\.example\n  A new review\n    Ana wrote: <b>great<\/b>[\s\S]*to staff@forkcast\.local\n  Import finished\n[\s\S]*2 messages\n$/);
      const json = capture();
      expect(await main(['outbox', '--to', 'owner@tasca.example', '--json'], json.io)).toBe(0);
      const lines = json.out().trimEnd().split('\n').map((l) => JSON.parse(l) as { to: string; html: string; text: string });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ to: 'Owner@Tasca.example', text: 'Ana wrote: <b>great</b>' });
      expect(lines[0]!.html).toContain('Ana wrote: &lt;b&gt;great&lt;/b&gt;');
      const bad = capture();
      expect(await main(['outbox', '--to', 'not an address'], bad.io)).toBe(2);
      expect(bad.err()).toContain('--to takes an email address');
    } finally {
      delete process.env.FORKCAST_DATA_DIR;
    }
  });

  it('GET /outbox answers staff only', async () => {
    const staff = await runtime.issueToken({ role: 'staff', sub: 'alice' });
    const diner = await runtime.issueToken({ role: 'diner', sub: 'bob' });
    expect((await fetch(`${runtime.url}/outbox`)).status).toBe(401);
    expect((await fetch(`${runtime.url}/outbox`, { headers: { authorization: `Bearer ${diner}` } })).status).toBe(403);
    const answer = await fetch(`${runtime.url}/outbox?to=staff@forkcast.local`, { headers: { authorization: `Bearer ${staff}` } });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { messages: { subject: string }[] }).messages.map((m) => m.subject)).toEqual(['Import finished']);
    expect((await fetch(`${runtime.url}/outbox`, { method: 'POST', headers: { authorization: `Bearer ${staff}` } })).status).toBe(405);
  });
});
