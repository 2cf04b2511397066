/**
 * EventBridge pattern matcher throughput: 100 mixed-operator patterns (seeded, so every run sees
 * the same ones) against a stream of generated events, each event given as JSON text as it comes
 * off the bus. Baselines in the same run: JSON.parse of the same events, and naive matching that
 * compiles each pattern and re-parses the event for every (pattern, event) pair.
 */
import type { Bench, Figure } from './bench';
import { seededRandom } from '@forkcast/core';
import { matchesPattern, PatternSet } from '@forkcast/events';

const PATTERNS = 100;
const EVENTS = 2_000;


const SOURCES = ['forkcast.restaurants', 'forkcast.reviews', 'forkcast.diners', 'forkcast.promotions', 'forkcast.onboarding'];
const TYPES = ['RestaurantListed', 'ReviewSubmitted', 'ReviewAnswered', 'VisitRecorded', 'SpecialPosted', 'PromotionPaid', 'ClaimStarted', 'OwnershipVerified'];
const CITIES = ['Lyon', 'Paris', 'Marseille', 'Lille', 'Nantes', 'Bordeaux'];

function generatePatterns(rand: () => number): unknown[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const operators: (() => [string, unknown])[] = [
    () => ['source', [pick(SOURCES), pick(SOURCES)]],
    () => ['detail-type', [{ suffix: pick(['Submitted', 'Listed', 'Paid', 'Recorded']) }]],
    () => ['detail-type', [{ prefix: pick(['Review', 'Restaurant', 'Claim']) }]],
    () => ['detail-type', [{ 'equals-ignore-case': pick(TYPES).toLowerCase() }]],
    () => ['detail.data.city', [{ wildcard: `*${pick(CITIES).slice(1, 3)}*` }]],
    () => ['detail.data.city', [{ 'anything-but': [pick(CITIES), pick(CITIES)] }]],
    () => ['detail.data.city', [{ 'anything-but': { prefix: pick(CITIES).slice(0, 2) } }]],
    () => ['detail.data.rating', [{ numeric: ['>=', Math.floor(rand() * 5), '<', 6] }]],
    () => ['detail.data.price', [{ numeric: ['<', Math.round(rand() * 100)] }]],
    () => ['detail.data.clientIp', [{ cidr: `10.${Math.floor(rand() * 4)}.0.0/16` }]],
    () => ['detail.meta.replay.id', [{ exists: false }]],
    () => ['detail.data.tags', [pick(['vegan', 'terrace', 'kids', 'late'])]],
    () => ['detail.data.items.sku', [{ prefix: `sku-${Math.floor(rand() * 10)}` }]],
  ];
  const patterns: unknown[] = [];
  for (let i = 0; i < PATTERNS; i++) {
    const pattern: Record<string, unknown> = {};
    const n = 1 + Math.floor(rand() * 3);
    for (let j = 0; j < n; j++) {
      const [path, values] = pick(operators)();
      setPath(pattern, path, values);
    }
    if (rand() < 0.15) {
      const [a, av] = pick(operators)();
      const [b, bv] = pick(operators)();
      const left = {};
      const right = {};
      setPath(left, a, av);
      setPath(right, b, bv);
      pattern.$or = [left, right];
    }
    patterns.push(pattern);
  }
  return patterns;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const p of parts.slice(0, -1)) {
    const next = node[p];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[p] = {};
    node = node[p] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function generateEvents(rand: () => number): string[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const events: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const event = {
      version: '0',
      id: `evt-${i}`,
      'detail-type': pick(TYPES),
      source: pick(SOURCES),
      account: '123456789012',
      time: '2025-05-01T12:00:00Z',
      region: 'eu-west-3',
      resources: [],
      detail: {
        id: `01J${i}`,
        stream: `restaurant-${i % 97}`,
        version: 1 + (i % 13),
        type: pick(TYPES),
        schemaVersion: 1,
        occurredAt: '2025-05-01T12:00:00Z',
        data: {
          city: pick(CITIES),
          rating: Math.floor(rand() * 6),
          price: Math.round(rand() * 10000) / 100,
          clientIp: `10.${Math.floor(rand() * 8)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}`,
          tags: ['vegan', 'terrace', 'kids', 'late'].filter(() => rand() < 0.4),
          items: Array.from({ length: Math.floor(rand() * 4) }, () => ({ sku: `sku-${Math.floor(rand() * 100)}`, qty: 1 })),
        },
        meta: {
          actor: { id: 'u1', role: 'diner' },
          correlationId: `c-${i}`,
          causationId: `c-${i}`,
          ...(rand() < 0.1 ? { replay: { id: 'r1' } } : {}),
        },
      },
    };
    events.push(JSON.stringify(event));
  }
  return events;
}

/** Runs `work` over `items` repeatedly for about `ms` and returns items processed per second. */
function throughput<T>(items: T[], work: (item: T) => void, ms: number): number {
  for (const item of items.slice(0, Math.min(items.length, 200))) work(item); // warm-up
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const item of items) work(item);
    done += items.length;
    elapsed = performance.now() - start;
  }
  return (done * 1000) / elapsed;
}

const bench: Bench = {
  title: 'EventBridge pattern matcher',
  async run(): Promise<Figure[]> {
    const rand = seededRandom(20250501);
    const patterns = generatePatterns(rand);
    const patternTexts = patterns.map((p) => JSON.stringify(p));
    const events = generateEvents(rand);
    const set = new PatternSet<number>();
    patternTexts.forEach((p, i) => set.add(i, p));

    let matches = 0;
    const compiled = throughput(events, (e) => (matches += set.matchAll(e).length), 3000);
    const parse = throughput(events, (e) => JSON.parse(e), 1500);
    const naiveEvents = events.slice(0, 100);
    const naive = throughput(
      naiveEvents,
      (e) => {
        for (const p of patternTexts) if (matchesPattern(p, e)) matches++;
      },
      3000,
    );
    // keeps the matching work observable so it cannot be optimised away
    if (matches === 0) throw new Error('no event matched any pattern: the generated workload is wrong');

    return [
      {
        key: 'matcher.compiled100.eventsPerSec',
        value: Math.round(compiled),
        unit: 'events/s',
        description: 'events (JSON text) matched against 100 mixed-operator patterns with a compiled PatternSet',
      },
      {
        key: 'matcher.naive100.eventsPerSec',
        value: Math.round(naive),
        unit: 'events/s',
        description: 'same, compiling each pattern and parsing the event for every pattern (baseline)',
      },
      {
        key: 'matcher.compiledSpeedupOverNaive',
        value: compiled / naive,
        unit: 'x',
        description: 'compiled PatternSet throughput / naive per-pattern matching throughput',
      },
      {
        key: 'matcher.jsonParse.eventsPerSec',
        value: Math.round(parse),
        unit: 'events/s',
        description: 'JSON.parse of the same events (reference cost of reading an event)',
      },
      {
        key: 'matcher.compiled100.costInJsonParses',
        value: parse / compiled,
        unit: 'x',
        description: 'time to match one event against 100 patterns, in units of one JSON.parse of it',
      },
    ];
  },
};

export default bench;
