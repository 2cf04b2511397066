import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from './removeStaleTempFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'forkcast-temp-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const deadPid = 2 ** 22 + 4321;

describe('removeStaleTempFiles', () => {
  it("removes temp files of dead writers and this process's own, keeps a live writer's fresh one, real files and skipped dirs", async () => {
    await mkdir(join(dir, 'dlq'));
    await mkdir(join(dir, 'dynamodb'));
    const files = {
      checkpoint: join(dir, 'feed-checkpoint.json'),
      killed: join(dir, `feed-checkpoint.json.${deadPid}.1767225600000.tmp`),
      ours: join(dir, `runtime.json.${process.pid}.1767225600000.tmp`),
      liveFresh: join(dir, `keys.json.${process.ppid}.1767225600000.tmp`),
      liveOld: join(dir, `other.json.${process.ppid}.1767225600001.tmp`),
      dlqRewrite: join(dir, 'dlq', `profile.jsonl.${deadPid}.tmp`),
      dynalite: join(dir, 'dynamodb', `000005.log.${deadPid}.1.tmp`),
    };
    for (const file of Object.values(files)) await writeFile(file, 'x');
    await utimes(files.liveOld, new Date(0), new Date(0));
    const removed = await removeStaleTempFiles(dir, { skip: [join(dir, 'dynamodb')] });
    expect(removed.sort()).toEqual([files.killed, files.ours, files.liveOld, files.dlqRewrite].sort());
    expect((await readdir(dir)).sort()).toEqual(['dlq', 'dynamodb', 'feed-checkpoint.json', `keys.json.${process.ppid}.1767225600000.tmp`].sort());
    expect(await readdir(join(dir, 'dynamodb'))).toHaveLength(1);
  });
});
