import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoEventStore, DynamoViewStore } from '@forkcast/core';
import { startDynalite, type DynaliteHandle } from '@forkcast/core/dynalite';
import { corsConfig, routes, schedules, subscriptions, workflows, type Dependencies, type Route, type Settings } from '@forkcast/functions';
import { createJwtAuthorizer, type AuthorizerResult } from '../auth/createJwtAuthorizer';
import { issueToken } from '../auth/issueToken';
import { loadOrCreateSigningKey } from '../auth/localSigningKey';
import type { TokenRole } from '../auth/tokenSettings';
import { createLocalBus } from '../bus/createLocalBus';
import { createRedriveHandler, redrivePathPrefix } from '../bus/createRedriveHandler';
import { createReplayHandler, replayPath } from '../analytics/createReplayHandler';
import type { LocalBus } from '../bus/localBus';
import type { RetryPolicy } from '../bus/retryPolicy';
import { loadDemoCatalogue } from '../demo/loadDemoCatalogue';
import { createChangeFeed, type ChangeFeed } from '../feed/createChangeFeed';
import { fileCheckpointStore, memoryCheckpointStore } from '../feed/feedCheckpoint';
import { createGateway } from '../gateway/createGateway';
import { createLambdaContext } from '../gateway/createLambdaContext';
import { createUploadHandler, uploadPathPrefix } from '../uploads/createUploadHandler';
import { createWorkflowHost, type WorkflowHost } from '../workflows/createWorkflowHost';
import { createWorkflowRoutes, workflowPathPrefixes } from '../workflows/workflowRoutes';
import { createOutboxHandler, outboxPath } from '../outbox/createOutboxHandler';
import { startWorkflowFromBus } from '../workflows/startWorkflowFromBus';
import { createConsoleHandler, consolePath } from '../console/createConsoleHandler';
import { createDeadLetterHandler, deadLetterPath } from '../bus/createDeadLetterHandler';
import { createTimelineHandler, timelinePathPrefix } from '../timeline/createTimelineHandler';
import { dataDirLayout } from './dataDirLayout';
import { localAccessKeyId, localAccountId, localImportsBucket, localRegion } from './localEnvironment';
import { localDependencies } from './localDependencies';
import { warmSearchIndex } from './warmSearchIndex';
import { startScheduleTimers, type ScheduleTimers } from './startScheduleTimers';
import { warmRecommendationSignals } from './warmRecommendationSignals';
import { createHandlerLoader, type HandlerLoader } from '../handlers/createHandlerLoader';
import { withHandlerLoaders } from '../bus/withHandlerLoaders';
import { localWorkflows } from '../workflows/localWorkflows';
import type { RouteHandler } from '../gateway/createGateway';
import { resolveDataDir } from './resolveDataDir';
import { recoverAfterUncleanStop, type StartupRecovery } from './recoverAfterUncleanStop';
import { acquireRuntimeLock } from './runtimeLock';
import { countLogEvents, findFirstDay, isLogEmpty } from './scanLog';
import { loadOrCreateUploadSecret } from './uploadSecret';

export interface LocalRuntimeOptions {
  /** Default FORKCAST_DATA_DIR, else `.forkcast/` in the repository; a temp dir when inMemory and absent. */
  dataDir?: string;
  /** Default PORT, else 3000; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the local runtime has no business on other interfaces. */
  host?: string;
  /** dynalite and the feed checkpoint in memory (tests); keys and objects still go to dataDir. */
  inMemory?: boolean;
  clock?: () => Date;
  log?: (line: string) => void;
  /** Load the demo catalogue when the log is empty. */
  demo?: boolean;
  feed?: { pollIntervalMs?: number; lateWindowMs?: number };
  busRetry?: Partial<RetryPolicy>;
  /** How much faster than real time workflow waits run (demos, tests); default FORKCAST_WORKFLOW_SPEED or 1. */
  workflowSpeed?: number;
  /** The built console served at /console (default packages/console/dist). */
  consoleDir?: string;
  /** How much faster than their rate schedules fire (tests); default FORKCAST_SCHEDULE_SPEED or 1. */
  scheduleSpeed?: number;
  /** Settings over the local defaults (e.g. a short specials freshness period in tests). */
  settings?: Partial<Settings>;
  /** Changes what handlers receive (tests: a mailer that fails, shorter onboarding waits). */
  dependencies?: (deps: Dependencies) => Dependencies;
  /** How long a review's notification waits for an answer (seconds); default FORKCAST_REVIEW_RESPONSE_WAIT_SECONDS or the workflow's 14 days. */
  reviewResponseWaitSeconds?: number;
}

export interface LocalRuntime {
  url: string;
  port: number;
  dataDir: string;
  dynamo: DynaliteHandle;
  store: DynamoEventStore;
  views: DynamoViewStore;
  bus: LocalBus;
  feed: ChangeFeed;
  workflows: WorkflowHost;
  /** The timers of the schedule table (EventBridge Scheduler's stand-in). */
  schedules: ScheduleTimers;
  /** Events the demo catalogue appended on this start (0 when the log already had events). */
  demoLoaded: number;
  /** The route rows the gateway serves. */
  routes: readonly Route<any>[];
  issueToken(input: { role: TokenRole; sub: string; ttlSeconds?: number; audience?: string; email?: string }): Promise<string>;
  /** Publishes what the log holds and waits until the bus delivered it (tests). */
  settle(): Promise<void>;
  /** Stops the gateway, flushes the feed checkpoint, drains the bus and closes dynalite. */
  stop(): Promise<void>;
}

/** The whole of Forkcast in one process, as `forkcast dev` runs it and as the tests do. */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const log = options.log ?? (() => {});
  const tempDir = options.inMemory && !options.dataDir && !process.env.FORKCAST_DATA_DIR ? await mkdtemp(join(tmpdir(), 'forkcast-')) : undefined;
  const dataDir = tempDir ?? resolveDataDir(options.dataDir);
  const layout = dataDirLayout(dataDir);
  await mkdir(layout.objects, { recursive: true });
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step();
    cleanups.length = 0;
  };
  if (tempDir) cleanups.push(() => rm(tempDir, { recursive: true, force: true }));

  try {
    const lock = options.inMemory ? undefined : await acquireRuntimeLock(layout.runtimeLock, dataDir, { kind: 'dev' });
    if (lock) cleanups.push(() => lock.release());
    // durable delivery: what an unclean stop left behind (see recoverAfterUncleanStop).
    const recovery: StartupRecovery = lock
      ? await recoverAfterUncleanStop({ root: dataDir, skip: [layout.dynamodb, layout.objects], takenOver: lock.takenOver, log })
      : { removedTempFiles: 0, resumedDeliveries: 0 };
    const dynamo = await startDynalite({ path: options.inMemory ? undefined : layout.dynamodb }).catch((error: Error) => {
      throw /lock/i.test(String(error.message ?? error)) ? new Error(`another process holds ${layout.dynamodb} (${error.message})`) : error;
    });
    cleanups.push(() => dynamo.stop());
    const store = new DynamoEventStore({ client: dynamo.client, tableName: dynamo.tables.events });
    const views = new DynamoViewStore({ client: dynamo.client, tableName: dynamo.tables.views });
    const signingKey = await loadOrCreateSigningKey(layout.signingKey);
    const credentials = { accessKeyId: localAccessKeyId, secretAccessKey: await loadOrCreateUploadSecret(layout.uploadSecret) };

    // The gateway's port is known only once it listens; upload URLs point at it.
    let publicUrl = 'http://localhost:3000';
    const composed = localDependencies({
      dynamo,
      layout,
      publicUrl: () => publicUrl,
      credentials,
      workflows: localWorkflows(() => workflowHost),
      settings: options.settings,
      clock: options.clock,
      linkSecret: await loadOrCreateUploadSecret(layout.linkSecret),
      reviewResponseWaitSeconds: options.reviewResponseWaitSeconds ?? (Number(process.env.FORKCAST_REVIEW_RESPONSE_WAIT_SECONDS) || undefined),
    });
    const deps = options.dependencies ? options.dependencies(composed) : composed;
    await warmSearchIndex(dynamo.client, dynamo.tables.views, deps.searchIndex);
    await warmRecommendationSignals(dynamo.client, dynamo.tables.views, deps.recommendationSignals);
    const loader = createHandlerLoader(deps);
    const workflowHost: WorkflowHost = createWorkflowHost({
      workflows,
      loadHandler: (module) => loader.load(module),
      log,
      dataDir: options.inMemory ? undefined : dataDir,
      speed: options.workflowSpeed ?? Number(process.env.FORKCAST_WORKFLOW_SPEED ?? 1),
    });
    const bus = createLocalBus({
      subscriptions: withHandlerLoaders(subscriptions, loader),
      startWorkflow: startWorkflowFromBus(workflowHost),
      dataDir: options.inMemory ? undefined : dataDir,
      retry: options.busRetry,
      account: localAccountId,
      region: localRegion,
      onDeadLetter: (entry) => log(`bus: event ${entry.event.id} moved to the dead-letter queue of ${entry.subscriptionId}: ${entry.error.message}`),
    });
    cleanups.push(() => bus.stop());
    const feed = createChangeFeed({
      store,
      bus,
      checkpoints: options.inMemory ? memoryCheckpointStore() : fileCheckpointStore(layout.feedCheckpoint),
      findFirstDay: () => findFirstDay(dynamo.client, dynamo.tables.events),
      clock: options.clock,
      log,
      ...options.feed,
    });
    cleanups.push(() => feed.stop());

    let authorize: (header: string | undefined) => Promise<AuthorizerResult> = async () => ({ ok: false, reason: 'starting' });
    const uploads = new Set<Promise<void>>();
    const upload = createUploadHandler({
      objectStoreDir: layout.objects,
      bucket: process.env.IMPORTS_BUCKET ?? localImportsBucket,
      credentials,
      region: localRegion,
      onObjectCreated: (event) => {
        // S3 invokes its trigger asynchronously: the PUT has already been answered.
        const run = invokeImportTrigger(loader, event, log).finally(() => uploads.delete(run));
        uploads.add(run);
        return Promise.resolve();
      },
    });
    const gateway = createGateway({
      routes,
      loadHandler: (route) => loader.load<RouteHandler>(route.handler),
      authorize: (header) => authorize(header),
      jwks: [signingKey.publicJwk],
      localEndpoints: [
        { prefix: uploadPathPrefix, handle: upload },
        { prefix: redrivePathPrefix, handle: createRedriveHandler(bus) },
        { prefix: outboxPath, handle: createOutboxHandler({ dir: layout.outbox, authorize: (header) => authorize(header) }) },
        {
          prefix: replayPath,
          handle: createReplayHandler({
            store, views, publish: (event) => bus.publish(event),
            firstDay: () => findFirstDay(dynamo.client, dynamo.tables.events),
            countEvents: () => countLogEvents(dynamo.client, dynamo.tables.events),
          }),
        },
        { prefix: deadLetterPath, handle: createDeadLetterHandler({ bus, authorize: (header) => authorize(header) }) },
        { prefix: timelinePathPrefix, handle: createTimelineHandler({ dynamo, host: workflowHost, authorize: (header) => authorize(header) }) },
        { prefix: consolePath, handle: createConsoleHandler({ dir: options.consoleDir }) },
        ...workflowPathPrefixes.map((prefix) => ({ prefix, handle: createWorkflowRoutes({ host: workflowHost, authorize: (header) => authorize(header) }) })),
      ],
      afterCommand: () => feed.nudge(),
      cors: corsConfig(),
      accountId: localAccountId,
      region: localRegion,
      log,
      health: async () => {
        const dynaliteOk = await dynamo.client
          .send(new DescribeTableCommand({ TableName: dynamo.tables.events }))
          .then((r) => r.Table?.TableStatus === 'ACTIVE')
          .catch(() => false);
        const feedStatus = feed.status();
        return {
          healthy: dynaliteOk && feedStatus.running,
          dynalite: { ok: dynaliteOk, persisted: !options.inMemory },
          feed: feedStatus,
          // durable delivery: backlog, dead letters, oldest undelivered event, and what the last start recovered.
          delivery: await bus.status(),
          recovery,
          routes: routes.length,
        };
      },
    });
    const port = await gateway.listen(options.port ?? Number(process.env.PORT ?? 3000), options.host ?? process.env.HOST ?? '127.0.0.1');
    cleanups.push(async () => {
      await gateway.close();
      await Promise.allSettled([...uploads]);
    });
    const url = `http://localhost:${port}`;
    publicUrl = url;
    const authorizer = createJwtAuthorizer({ jwks: [signingKey.publicJwk], issuer: url, now: options.clock ? () => options.clock!().getTime() : undefined });
    authorize = authorizer;

    // After the gateway URL is known (resumed executions may call handlers at once) and before the
    // feed publishes (a subscription may start a workflow). Pushed last, so it stops first.
    await workflowHost.start();
    cleanups.push(() => workflowHost.stop());
    // durable delivery: restart what the journals hold before the feed publishes anything new.
    const resumed = await bus.resume();
    recovery.resumedDeliveries = resumed.resumed;
    await feed.start();
    if (resumed.resumed > 0 || recovery.uncleanStop) {
      log(`bus: resumed ${resumed.resumed} undelivered deliveries${resumed.resumed > 0 ? ` (${Object.entries(resumed.bySubscription).map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}; the feed resumes after ${feed.status().watermark ?? 'the start of the log'}`);
    }
    const scheduleTimers = startScheduleTimers({
      schedules, loader, log, speed: options.scheduleSpeed ?? Number(process.env.FORKCAST_SCHEDULE_SPEED ?? 1),
    });
    // Pushed after the workflow host, so timers stop before the stores they use.
    cleanups.push(() => scheduleTimers.stop());
    let demoLoaded = 0;
    if (options.demo && (await isLogEmpty(dynamo.client, dynamo.tables.events))) {
      demoLoaded = await loadDemoCatalogue(store, { clock: options.clock });
      feed.nudge();
    }
    await lock?.update({ url });

    let stopping: Promise<void> | undefined;
    return {
      url,
      port,
      dataDir,
      dynamo,
      store,
      views,
      bus,
      feed,
      workflows: workflowHost,
      schedules: scheduleTimers,
      demoLoaded,
      routes: gateway.routes,
      issueToken: (input) =>
        issueToken({ key: signingKey, issuer: url, sub: input.sub, role: input.role, ttlSeconds: input.ttlSeconds ?? 3600, audience: input.audience, email: input.email, now: options.clock ? Math.floor(options.clock().getTime() / 1000) : undefined }),
      async settle() {
        await feed.pollOnce();
        await bus.drain();
      },
      stop() {
        stopping ??= cleanup();
        return stopping;
      },
    };
  } catch (error) {
    await cleanup().catch(() => {});
    throw error;
  }
}

async function invokeImportTrigger(loader: HandlerLoader, event: import('aws-lambda').S3Event, log: (line: string) => void): Promise<void> {
  const handler = await loader.load<(event: import('aws-lambda').S3Event, context: unknown) => Promise<void>>('imports/importFromS3');
  const context = createLambdaContext({ functionName: 'forkcast-local-importFromS3', region: localRegion, accountId: localAccountId, timeoutMs: 900_000 });
  try {
    await handler(event, context);
  } catch (error) {
    log(`uploads: importFromS3 failed for ${event.Records[0]?.s3.object.key}: ${(error as Error).stack ?? String(error)}`);
  }
}
