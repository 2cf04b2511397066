/**
 * What a handler reaches on AWS besides its own logs, declared on the row that names the handler
 * (route, subscription, workflow). The stacks turn each need into exactly the IAM actions, resources
 * and environment variables it takes, so a role grants what the handler uses and no more, and a new
 * handler's permissions sit beside it rather than in a stack.
 *
 * - `events:read`: read a stream (Query on the log); `events:append`: conditional PutItem on it;
 *   `events:readByDay`: the byDay index (replay, export).
 * - `views:read`: GetItem and index queries; `views:write`: a projection's conditional read-modify-write;
 *   `views:rebuild`: a rebuild's batch writes into a fresh generation and the generation record's updates.
 * - `imports:read` / `imports:write`: objects under imports/ (write includes presigning a PUT).
 * - `exports:write`: put objects into the exports bucket (the log exported for analysts), `EXPORTS_BUCKET`.
 * - `callback:<workflow>`: answer task tokens (SendTaskSuccess/Failure/Heartbeat) of that workflow only.
 * - `run:<workflow>`: start (StartExecution) and stop (StopExecution) executions of that workflow only.
 * - `idempotency`: the Idempotency-Key records every HTTP command's pipeline reads and writes.
 * - `snapshots:read` / `snapshots:write`: the snapshots bucket (search index, recommender), `DISCOVERY_BUCKET`.
 * - `site:url`: the stage's public site URL (`PUBLIC_SITE_URL`), for links a handler hands out; no IAM.
 * - `mail:send`: send email through SES from the stage's identity (`MAIL_FROM`), staff mail to `STAFF_EMAIL`.
 * - `links:sign`: read the stage's link-signing secret from Secrets Manager (`LINK_SIGNING_SECRET_ARN`),
 *   for handlers that sign or verify emailed links; the value never sits in the environment.
 */
export type HandlerNeed =
  | 'events:read'
  | 'events:append'
  | 'events:readByDay'
  | 'views:read'
  | 'views:write'
  | 'views:rebuild'
  | 'imports:read'
  | 'imports:write'
  | 'exports:write'
  | 'idempotency'
  | 'snapshots:read'
  | 'snapshots:write'
  | 'site:url'
  | 'mail:send'
  | 'links:sign'
  | `callback:${string}`
  | `run:${string}`;

export type HandlerNeeds = readonly HandlerNeed[];

/** A command handler reads its stream, appends one event to it, and keeps its Idempotency-Key answers. */
export const commandNeeds: HandlerNeeds = ['events:read', 'events:append', 'idempotency'];
/** A projection reads its view item, fills gaps from the log and writes the item back. */
export const projectionNeeds: HandlerNeeds = ['events:read', 'views:read', 'views:write'];
