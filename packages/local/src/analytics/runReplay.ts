import { ulid } from 'ulid';
import { readLog, rebuildProjection, republishEvents, type EventStore, type RebuildProgress, type ViewGenerations } from '@forkcast/core';
import type { EventEnvelope } from '@forkcast/events';
import { rebuildableProjection } from '@forkcast/functions';
import { localAccountId, localRegion } from '../runtime/localEnvironment';

/** What `forkcast replay` asks for: rebuild one projection, or republish matching events. */
export type ReplayRequest =
  | { kind: 'projection'; projection: string }
  | { kind: 'republish'; pattern: string; from: string; to: string; rate: number };

/** Progress, with the log's size when known (a rebuild reads all of it, so an ETA follows). */
export type ReplayProgress = (RebuildProgress | { phase: 'republish'; events: number }) & { total?: number };

export type ReplayResult =
  | { kind: 'projection'; projection: string; previousGeneration: number; generation: number; events: number; views: number }
  | { kind: 'republish'; replayId: string; events: number };

/** Runs a replay on a log, its views and a bus (the runtime's, or the data dir's opened offline). */
export async function runReplay(input: {
  request: ReplayRequest;
  store: EventStore;
  views: ViewGenerations;
  publish: (event: EventEnvelope) => Promise<void>;
  /** The log's first day, where a rebuild starts by default; undefined for an empty log. */
  firstDay: () => Promise<string | undefined>;
  /** Events in the log, for the progress total. */
  countEvents?: () => Promise<number>;
  onProgress?: (progress: ReplayProgress) => void;
}): Promise<ReplayResult> {
  const { request } = input;
  if (request.kind === 'projection') {
    const projection = rebuildableProjection(request.projection);
    // Always the whole log: streams with no event in a later range would be missing from the new generation.
    const from = (await input.firstDay()) ?? new Date().toISOString().slice(0, 10);
    const total = await input.countEvents?.();
    const result = await rebuildProjection({ projection, store: input.store, views: input.views, from, onProgress: (p) => input.onProgress?.({ ...p, total }) });
    return { kind: 'projection', ...result };
  }
  const replayId = `replay-${ulid()}`;
  const events = readLog({ store: input.store, bus: { account: localAccountId, region: localRegion }, query: { from: request.from, to: request.to, pattern: request.pattern } });
  const count = await republishEvents({ events, publish: input.publish, replayId, rate: request.rate, onProgress: (n) => input.onProgress?.({ phase: 'republish', events: n }) });
  return { kind: 'republish', replayId, events: count };
}
