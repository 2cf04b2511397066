import { randomInt } from 'node:crypto';
import { contestEntriesProjection, drawDecider, handleCommand, newDrawStream, type ContestView, type EventStore, type ViewStore, type IdempotencyStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { entityTag } from '../http/entityTag';
import { jsonResponse } from '../http/responses';
import { unauthorized } from '../http/httpProblem';
import { drawContestWinnerRoute } from './dinersRoutes';

/** Every entrant in the contest view (only diners holding an entry are indexed). */
async function entrants(views: ViewStore): Promise<{ diner: string; entries: number }[]> {
  const out: { diner: string; entries: number }[] = [];
  let cursor: string | undefined;
  do {
    const page = await views.query<ContestView>(contestEntriesProjection.name, 'contest', 'entrants', { limit: 100, cursor });
    for (const item of page.items) if (item.view && item.view.entries > 0) out.push({ diner: item.view.diner, entries: item.view.entries });
    cursor = page.cursor;
  } while (cursor);
  return out;
}

/**
 * POST /contest/draws (staff): draws a winner, one ticket per entry. The seed (given, or random)
 * and the entrants are recorded in ContestWinnerDrawn, so anyone can replay the draw.
 */
export const build = (deps: { events: EventStore; views: ViewStore; idempotency: IdempotencyStore }) => httpHandler(drawContestWinnerRoute, async (request) => {
  if (!request.actor) throw unauthorized('A bearer token is required.');
  const seed = request.body?.seed ?? randomInt(0, 2 ** 32);
  const stream = newDrawStream();
  const result = await handleCommand({
    store: deps.events, decider: drawDecider, stream,
    command: { type: 'DrawWinner', seed, entrants: await entrants(deps.views) },
    actor: request.actor, correlationId: request.correlationId,
  });
  const drawn = result.event?.type === 'ContestWinnerDrawn' ? result.event.data : undefined;
  return jsonResponse(201, { id: stream, stream, version: result.version, seed, winner: drawn?.winner, entrants: drawn?.entrants ?? [] }, { etag: entityTag(result.version) });
}, deps);
export const handler = onAws(() => build(awsDynamoStores()));
