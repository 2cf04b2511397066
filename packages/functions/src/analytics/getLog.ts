import { decodeLogCursor, encodeLogCursor, InvalidCursorError, readLogPage, type EventStore } from '@forkcast/core';
import { awsDynamoStores } from '../app/aws/awsDynamoStores';
import { onAws } from '../app/onAws';
import { httpHandler } from '../http/httpHandler';
import { badRequest } from '../http/httpProblem';
import { jsonResponse } from '../http/responses';
import { getLogRoute } from './analyticsRoutes';

/** Events a page reads at most, so a pattern that selects little still answers quickly. */
const scanLimit = 2000;

/**
 * GET /log?from=&to=&stream=&pattern=&cursor=&limit= (staff): the one query that reads the log
 * rather than a view, because analysts query history. Cursors are bound to the query's parameters.
 */
export const build = (deps: { events: EventStore }) => httpHandler(getLogRoute, async (request) => {
  const { stream, pattern, from, to, cursor, limit } = request.query;
  const query = JSON.stringify([stream ?? null, pattern ?? null, from, to ?? null]);
  let afterId: string | undefined;
  try {
    afterId = cursor === undefined ? undefined : decodeLogCursor(query, cursor);
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badRequest('The cursor is not one this API issued for this query.', [{ path: 'query.cursor', message: 'invalid cursor' }]);
    throw error;
  }
  // The bus stamps the account and region; a pattern on them selects what a rule there would.
  const bus = { account: request.event.requestContext.accountId, region: process.env.AWS_REGION ?? 'us-east-1' };
  const page = await readLogPage({ store: deps.events, bus, query: { stream, pattern, from, to: to ?? new Date() }, afterId, limit, scanLimit });
  return jsonResponse(200, { items: page.events, ...(page.lastId ? { cursor: encodeLogCursor(query, page.lastId) } : {}) }, { 'cache-control': 'no-store' });
});
export const handler = onAws(() => build(awsDynamoStores()));
