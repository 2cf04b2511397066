import { join } from 'node:path';

/** Every file the runtime keeps in its data dir, named in one place. */
export function dataDirLayout(dataDir: string) {
  return {
    root: dataDir,
    dynamodb: join(dataDir, 'dynamodb'),
    objects: join(dataDir, 'objects'),
    outbox: join(dataDir, 'outbox'),
    signingKey: join(dataDir, 'keys', 'signing-key.json'),
    uploadSecret: join(dataDir, 'keys', 'upload-secret'),
    linkSecret: join(dataDir, 'keys', 'link-secret'),
    feedCheckpoint: join(dataDir, 'feed-checkpoint.json'),
    runtimeLock: join(dataDir, 'runtime.json'),
  };
}
