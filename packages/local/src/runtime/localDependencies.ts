import { randomBytes } from 'node:crypto';
import { DynamoEventStore, DynamoIdempotencyStore, DynamoViewStore, inMemoryRecommendationSignalsStore, type Workflows } from '@forkcast/core';
import { inMemorySearchIndexStore } from '@forkcast/core/searchIndex';
import type { DynaliteHandle } from '@forkcast/core/dynalite';
import type { Dependencies, Settings } from '@forkcast/functions';
import { fileOutbox } from '../outbox/fileOutbox';
import { FileObjectStore } from '../uploads/fileObjectStore';
import type { LocalCredentials } from '../uploads/verifyPresignedUrl';
import type { dataDirLayout } from './dataDirLayout';
import { localImportsBucket, localRegion, localStaffEmail } from './localEnvironment';

export interface LocalDependenciesInput {
  dynamo: DynaliteHandle;
  layout: ReturnType<typeof dataDirLayout>;
  /** The gateway's base URL, once it listens (upload URLs point at it). */
  publicUrl: () => string;
  credentials: LocalCredentials;
  workflows: Workflows;
  settings?: Partial<Settings>;
  clock?: () => Date;
  /**
   * Signs the tokens of links in emails; the runtime keeps it in the data dir so links survive a
   * restart. Tools that send no links (redrive, benches) may leave it out: a random one then.
   */
  linkSecret?: string;
  /** See Settings.reviewResponseWaitSeconds. */
  reviewResponseWaitSeconds?: number;
}

/**
 * The local runtime's composition root: what every handler it builds receives, all of it this
 * runtime's own (its dynalite, its data dir), so two runtimes in one process share nothing.
 */
export function localDependencies(input: LocalDependenciesInput): Dependencies {
  return {
    events: new DynamoEventStore({ client: input.dynamo.client, tableName: input.dynamo.tables.events }),
    views: new DynamoViewStore({ client: input.dynamo.client, tableName: input.dynamo.tables.views }),
    importsBucket: new FileObjectStore({
      dir: input.layout.objects, publicUrl: input.publicUrl, bucket: localImportsBucket, region: localRegion, credentials: input.credentials,
    }),
    mailer: fileOutbox(input.layout.outbox),
    settings: {
      staffEmail: localStaffEmail,
      ...(process.env.FORKCAST_SPECIALS_STALE_AFTER_DAYS ? { specialsStaleAfterDays: Number(process.env.FORKCAST_SPECIALS_STALE_AFTER_DAYS) } : {}),
      ...(input.reviewResponseWaitSeconds ? { reviewResponseWaitSeconds: input.reviewResponseWaitSeconds } : {}),
      ...input.settings,
    },
    ...(input.clock ? { clock: input.clock } : {}),
    workflows: input.workflows,
    idempotency: new DynamoIdempotencyStore({ client: input.dynamo.client, tableName: input.dynamo.tables.idempotency }),
    // In process: the search projection feeds it as events arrive (see startLocalRuntime's replay).
    searchIndex: inMemorySearchIndexStore(),
    recommendationSignals: inMemoryRecommendationSignalsStore(),
    // Where shared review links point; the local runtime serves no site, so a placeholder by default.
    linkSecret: input.linkSecret ?? randomBytes(32).toString('hex'),
    publicSiteUrl: (process.env.FORKCAST_PUBLIC_SITE_URL ?? 'https://forkcast.example').replace(/\/+$/, ''),
  };
}
