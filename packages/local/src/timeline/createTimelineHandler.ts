import type { IncomingMessage, ServerResponse } from 'node:http';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { fromEventItem } from '@forkcast/core';
import type { DynaliteHandle } from '@forkcast/core/dynalite';
import type { EventEnvelope } from '@forkcast/events';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import { requireStaff } from '../auth/requireStaff';
import { sendProblem } from '../gateway/sendProblem';
import type { WorkflowHost } from '../workflows/createWorkflowHost';
import { restaurantTimeline } from './restaurantTimeline';

export const timelinePathPrefix = '/_local/restaurants/';

/** The whole log as stored (the local log is small; on AWS the analysts' log query does this). */
async function scanLog(dynamo: DynaliteHandle): Promise<EventEnvelope[]> {
  const events: EventEnvelope[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await dynamo.client.send(new ScanCommand({ TableName: dynamo.tables.events, ExclusiveStartKey: startKey, ConsistentRead: true }));
    for (const item of page.Items ?? []) events.push(fromEventItem(item) as EventEnvelope);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return events;
}

/**
 * `GET /_local/restaurants/{id}/timeline` (staff): every event of the restaurant's streams in order,
 * with payload and metadata, and the executions each started or was appended by.
 */
export function createTimelineHandler(options: { dynamo: DynaliteHandle; host: WorkflowHost; authorize: (header: string | undefined) => Promise<AuthorizerResult> }) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const match = /^\/_local\/restaurants\/([^/]+)\/timeline$/.exec(url.pathname);
    if (!match) return sendProblem(response, 404, 'Not Found', `no route for ${request.method} ${url.pathname}`);
    if (request.method !== 'GET') return sendProblem(response, 405, 'Method Not Allowed', `${url.pathname} allows GET`, { allow: 'GET' });
    if (!(await requireStaff(options.authorize, request, response, "read a restaurant's timeline"))) return;
    let restaurantId: string;
    try {
      restaurantId = decodeURIComponent(match[1]!);
    } catch {
      return sendProblem(response, 400, 'Bad Request', 'the restaurant id is not percent-encoded UTF-8');
    }
    const executions = options.host.listExecutions().map((e) => ({ name: e.name, workflow: e.workflow, input: options.host.describeExecution(e.name).input }));
    const entries = restaurantTimeline(restaurantId, await scanLog(options.dynamo), executions);
    if (entries.length === 0) return sendProblem(response, 404, 'Not Found', `no events about restaurant ${restaurantId}`);
    const body = JSON.stringify({ restaurantId, entries });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
}
