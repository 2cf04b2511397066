import { unavailableWorkflows } from '@forkcast/core';
import { startDynalite } from '@forkcast/core/dynalite';
import type { Subscription } from '@forkcast/functions';
import { createHandlerLoader } from '../handlers/createHandlerLoader';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { localDependencies } from '../runtime/localDependencies';
import { localAccessKeyId, localAccountId, localRegion } from '../runtime/localEnvironment';
import { loadOrCreateUploadSecret } from '../runtime/uploadSecret';
import { createLocalBus } from './createLocalBus';
import type { RedriveResult } from './localBus';
import { withHandlerLoaders } from './withHandlerLoaders';

/**
 * Redrives dead letters of a data dir whose runtime is not running: opens its dynalite and builds
 * the targets with that data dir's dependencies, so they write where the runtime would.
 */
export async function redriveFromDataDir(input: {
  dataDir: string;
  subscriptions: readonly Subscription[];
  subscriptionId: string;
  ids?: readonly string[];
}): Promise<RedriveResult> {
  const layout = dataDirLayout(input.dataDir);
  const dynamo = await startDynalite({ path: layout.dynamodb });
  const deps = localDependencies({
    dynamo,
    layout,
    publicUrl: () => process.env.FORKCAST_PUBLIC_URL ?? 'http://localhost:3000',
    credentials: { accessKeyId: localAccessKeyId, secretAccessKey: await loadOrCreateUploadSecret(layout.uploadSecret) },
    workflows: unavailableWorkflows('workflows run only inside the runtime: start it (npm start) and redrive again'),
    linkSecret: await loadOrCreateUploadSecret(layout.linkSecret),
  });
  const bus = createLocalBus({
    subscriptions: withHandlerLoaders(input.subscriptions, createHandlerLoader(deps)),
    dataDir: input.dataDir,
    account: localAccountId,
    region: localRegion,
  });
  try {
    return await bus.redrive(input.subscriptionId, { ids: input.ids });
  } finally {
    await bus.stop();
    await dynamo.stop();
  }
}
