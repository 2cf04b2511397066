import { startDynalite } from '@forkcast/core/dynalite';
import { dataDirLayout } from '../runtime/dataDirLayout';
import { applyEnvironment, dataDirEnvironment, localAccountId, localRegion } from '../runtime/localEnvironment';
import { loadOrCreateUploadSecret } from '../runtime/uploadSecret';
import type { BusSubscription } from './busSubscription';
import { createLocalBus } from './createLocalBus';
import type { RedriveResult } from './localBus';

/**
 * Redrives dead letters of a data dir whose runtime is not running: opens its dynalite and gives
 * the targets the environment the runtime gives them, so they write where the runtime would.
 */
export async function redriveFromDataDir(input: {
  dataDir: string;
  subscriptions: readonly BusSubscription[];
  subscriptionId: string;
  ids?: readonly string[];
}): Promise<RedriveResult> {
  const layout = dataDirLayout(input.dataDir);
  const dynamo = await startDynalite({ path: layout.dynamodb });
  const restoreEnvironment = applyEnvironment(
    dataDirEnvironment({
      layout,
      dynamo,
      publicUrl: process.env.FORKCAST_PUBLIC_URL ?? 'http://localhost:3000',
      secretAccessKey: await loadOrCreateUploadSecret(layout.uploadSecret),
    }),
  );
  const bus = createLocalBus({ subscriptions: input.subscriptions, dataDir: input.dataDir, account: localAccountId, region: localRegion });
  try {
    return await bus.redrive(input.subscriptionId, { ids: input.ids });
  } finally {
    await bus.stop();
    restoreEnvironment();
    await dynamo.stop();
  }
}
