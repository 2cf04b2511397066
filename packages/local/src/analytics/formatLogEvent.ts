import type { EventEnvelope } from '@forkcast/events';

/** The table's header line. */
export const logTableHeader = `${'ID'.padEnd(26)}  ${'OCCURRED AT'.padEnd(24)}  ${'TYPE'.padEnd(26)}  ${'STREAM@VERSION'.padEnd(40)}  ACTOR\n`;

/**
 * One table line: the envelope's identifying fields only. `data` may hold personal fields, so the
 * table leaves it out; `--format ndjson` prints whole events for a person allowed to see them.
 */
export function formatLogEvent(event: EventEnvelope): string {
  const replay = event.meta.replay ? `  replay ${event.meta.replay.id}` : '';
  return `${event.id}  ${event.occurredAt.padEnd(24)}  ${event.type.padEnd(26)}  ${`${event.stream}@${event.version}`.padEnd(40)}  ${event.meta.actor.role}:${event.meta.actor.id}${replay}\n`;
}
