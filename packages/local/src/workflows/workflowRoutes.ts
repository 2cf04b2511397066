import type { IncomingMessage, ServerResponse } from 'node:http';
import { StatesError, type ExecutionStatus, type Json } from '@forkcast/states';
import { actorFromClaims } from '@forkcast/functions';
import type { AuthorizerResult } from '../auth/createJwtAuthorizer';
import { sendProblem } from '../gateway/sendProblem';
import type { WorkflowHost } from './createWorkflowHost';
import { summarizeExecution } from './executionSummary';

/** The gateway hands requests under these prefixes to the handler (its localEndpoints). */
export const workflowPathPrefixes = ['/_local/workflows', '/_local/executions', '/_local/task-tokens/'] as const;

const statuses: readonly ExecutionStatus[] = ['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
const maxBodyBytes = 256 * 1024 + 4096;

/** AWS's error names → HTTP status; each problem also carries the name as `code`. */
const statusOfError: Record<string, number> = {
  StateMachineDoesNotExist: 404,
  ExecutionDoesNotExist: 404,
  TaskDoesNotExist: 404,
  TaskTimedOut: 404,
  ExecutionAlreadyExists: 409,
  // AWS answers 400 for every one of its errors; 409 says the execution's state is what refuses.
  ExecutionNotRedrivable: 409,
  InvalidName: 400,
  InvalidOutput: 400,
  InvalidToken: 400,
  InvalidExecutionInput: 400,
};

class BadRequest extends Error {}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new BadRequest(`malformed path segment ${part}`);
  }
}

/**
 * The console's view of the workflows: what exists, executions and their histories (read by anyone
 * who can reach the local gateway), and starting or redriving executions or answering task tokens (staff only,
 * with a token the gateway's JWT authorizer accepts, and a JSON body so a cross-site form cannot).
 */
export function createWorkflowRoutes(options: { host: WorkflowHost; authorize: (authorization: string | undefined) => Promise<AuthorizerResult> }) {
  const { host } = options;

  async function staffOnly(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const verdict = await options.authorize(request.headers.authorization);
    if (!verdict.ok) {
      sendProblem(response, 401, 'Unauthorized', verdict.reason, { 'www-authenticate': 'Bearer realm="forkcast"' });
      return false;
    }
    if (!actorFromClaims(verdict.claims)?.roles.includes('staff')) {
      sendProblem(response, 403, 'Forbidden', 'only staff may start or redrive executions or answer task tokens');
      return false;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      sendProblem(response, 415, 'Unsupported Media Type', 'send Content-Type: application/json');
      return false;
    }
    return true;
  }

  async function route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET';
    const parts = url.pathname.split('/').slice(2).map(decodePart);
    const [collection, id, sub, extra] = parts;
    const allow = (methods: string) => sendProblem(response, 405, 'Method Not Allowed', `${url.pathname} allows ${methods}`, { allow: methods });

    if (collection === 'workflows' && id === undefined) {
      if (method !== 'GET') return allow('GET');
      return sendJson(response, 200, { workflows: host.listWorkflows().map((w) => ({ ...w, graph: host.graph(w.name), definition: host.definition(w.name) })) });
    }
    if (collection === 'executions' && id === undefined) {
      if (method === 'GET') {
        const workflow = url.searchParams.get('workflow') ?? undefined;
        const status = url.searchParams.get('status') ?? undefined;
        if (status !== undefined && !statuses.includes(status as ExecutionStatus)) throw new BadRequest(`status must be one of ${statuses.join(', ')}`);
        const executions = host.listExecutions({ workflow, status: status as ExecutionStatus | undefined });
        // The console lists the current state and the restaurant too; ListExecutions has neither.
        return sendJson(response, 200, { executions: executions.map((e) => ({ ...e, ...summarizeExecution(host.getExecutionHistory(e.name)) })) });
      }
      if (method !== 'POST') return allow('GET, POST');
      if (!(await staffOnly(request, response))) return;
      const body = await readJson(request);
      if (typeof body.workflow !== 'string') throw new BadRequest('workflow must be the name of a workflow');
      if (body.name !== undefined && typeof body.name !== 'string') throw new BadRequest('name must be a string');
      const started = host.startExecution(body.workflow, body.input === undefined ? {} : body.input, body.name as string | undefined);
      const { existing, ...answer } = started;
      return sendJson(response, existing ? 200 : 201, answer, existing ? {} : { location: `/_local/executions/${encodeURIComponent(started.name)}` });
    }
    if (collection === 'executions' && id && sub === 'redrive' && extra === undefined) {
      if (method !== 'POST') return allow('POST');
      if (!(await staffOnly(request, response))) return;
      await readJson(request);
      const redriven = host.redriveExecution(id);
      return sendJson(response, 200, { ...redriven, executionArn: host.describeExecution(id).executionArn });
    }
    if (collection === 'executions' && id && (sub === undefined || (sub === 'history' && extra === undefined))) {
      if (method !== 'GET') return allow('GET');
      if (sub === 'history') return sendJson(response, 200, { events: host.getExecutionHistory(id) });
      return sendJson(response, 200, { ...host.describeExecution(id), ...summarizeExecution(host.getExecutionHistory(id)) });
    }
    if (collection === 'task-tokens' && id && sub && extra === undefined && ['success', 'failure', 'heartbeat'].includes(sub)) {
      if (method !== 'POST') return allow('POST');
      if (!(await staffOnly(request, response))) return;
      const body = await readJson(request);
      if (sub === 'success') {
        // SendTaskSuccess takes the output as JSON text; a JSON value is accepted too, for people.
        if (body.output === undefined) throw new BadRequest('output is required');
        host.sendTaskSuccess(id, typeof body.output === 'string' ? body.output : JSON.stringify(body.output));
      } else if (sub === 'failure') {
        if ((body.error !== undefined && typeof body.error !== 'string') || (body.cause !== undefined && typeof body.cause !== 'string')) {
          throw new BadRequest('error and cause must be strings');
        }
        host.sendTaskFailure(id, body.error as string | undefined, body.cause as string | undefined);
      } else {
        host.sendTaskHeartbeat(id);
      }
      return sendJson(response, 200, {});
    }
    return sendProblem(response, 404, 'Not Found', `no route for ${method} ${url.pathname}`);
  }

  return async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    try {
      await route(request, response, url);
    } catch (error) {
      if (error instanceof BadRequest) return sendProblem(response, 400, 'Bad Request', error.message);
      if (error instanceof StatesError && error.error && statusOfError[error.error]) {
        return sendProblemWithCode(response, statusOfError[error.error]!, error.error, error.cause ?? undefined);
      }
      throw error;
    }
  };
}

function sendProblemWithCode(response: ServerResponse, status: number, code: string, detail: string | undefined): void {
  const title = code.replace(/([a-z])([A-Z])/g, '$1 $2');
  sendJson(response, status, { type: 'about:blank', title, status, code, ...(detail ? { detail } : {}) }, {}, 'application/problem+json');
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}, contentType = 'application/json'): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

async function readJson(request: IncomingMessage): Promise<Record<string, Json>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new BadRequest(`body larger than ${maxBodyBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new BadRequest(`the body is not JSON: ${(error as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('the body must be a JSON object');
  return body as Record<string, Json>;
}
