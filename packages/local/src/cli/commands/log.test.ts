import { describe, expect, it } from 'vitest';
import { sampleLog } from '@forkcast/core/testing';
import { compilePattern, toEventBridgeEvent, type EventEnvelope } from '@forkcast/events';
import { localAccountId, localRegion } from '../../runtime/localEnvironment';
import { startLocalRuntime } from '../../runtime/startLocalRuntime';
import { runCli as cli } from '../../testing/runCli';
import { useCliDataDir } from '../../testing/useCliDataDir';

const log = sampleLog({ start: Date.parse('2032-06-01T00:00:00Z'), days: 3, restaurants: 25, eventsPerRestaurant: 3 }).sort((a, b) => (a.id < b.id ? -1 : 1));
const dir = await useCliDataDir('forkcast-log-', log);

const ndjson = (out: string): EventEnvelope[] => out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const selectedBy = (pattern: object) => {
  const compiled = compilePattern(pattern);
  return log.filter((e) => compiled.matches(toEventBridgeEvent(e, { account: localAccountId, region: localRegion })));
};
const range = ['--from', '2032-06-01', '--to', '2032-06-03'];

describe('forkcast log', () => {
  const pattern = { 'detail-type': ['RestaurantProfileUpdated', 'RestaurantDelisted'], detail: { meta: { actor: { id: [{ prefix: 'staff-2' }] } } } };

  it('prints exactly the events the matcher selects from the whole log, in time order', async () => {
    const { status, out } = await cli('log', ...range, '--pattern', JSON.stringify(pattern), '--format', 'ndjson');
    expect(status).toBe(0);
    const expected = selectedBy(pattern);
    expect(expected.length).toBeGreaterThan(3);
    expect(ndjson(out)).toEqual(expected);
  });

  it('prints a table without data, and a count', async () => {
    const stream = log[0]!.stream;
    const { status, out, err } = await cli('log', ...range, '--stream', stream);
    expect(status).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+OCCURRED AT\s+TYPE/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[3])).toEqual([1, 2, 3, 4].map((v) => `${stream}@${v}`));
    expect(out).not.toContain('Place ');
    expect(err).toBe('4 events\n');
  });

  it('refuses a bad pattern or date with a clear message and status 2', async () => {
    const badPattern = await cli('log', '--pattern', '{"source": "forkcast.restaurants"}');
    expect(badPattern.status).toBe(2);
    expect(badPattern.err).toMatch(/--pattern is not an EventBridge pattern: .*array/i);
    const badDate = await cli('log', '--from', '31/12/2031');
    expect(badDate.status).toBe(2);
    expect(badDate.err).toContain('--from 31/12/2031 is not a date');
  });

  it('reads through the running runtime when it holds the data dir, with the same result', async () => {
    const runtime = await startLocalRuntime({ dataDir: dir, port: 0 });
    try {
      const { status, out } = await cli('log', ...range, '--pattern', JSON.stringify(pattern), '--format', 'ndjson');
      expect(status).toBe(0);
      expect(ndjson(out)).toEqual(selectedBy(pattern));
      const all = await cli('log', ...range, '--format', 'ndjson');
      expect(ndjson(all.out)).toHaveLength(log.length);
    } finally {
      await runtime.stop();
    }
  });
});
